package dev.tandem.account.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.tandem.account.TestAccounts;
import dev.tandem.events.Topics;
import dev.tandem.events.account.UserCreated;
import dev.tandem.events.account.UserUpdated;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTandemInfrastructure(database = "account")
class UserResourceTest {

    private final TopicReader topics =
            new TopicReader(EmbeddedInfrastructure.shared().kafkaBootstrapServers());

    @Test
    void samePutTwiceIsOneUserAndOneEventAndAChangeIsAnnounced() {
        String account = TestAccounts.create("Users Test", "FREE");
        String body = "{\"email\": \"ana@acme.example\", \"name\": \"Ana\", \"role\": \"ADMIN\"}";

        String id = putUser(account, "u-1", body)
                .statusCode(201)
                .body("seat", equalTo("FREE"))
                .body("role", equalTo("ADMIN"))
                .extract()
                .path("id");
        putUser(account, "u-1", body).statusCode(200).body("id", equalTo(id));
        putUser(
                        account,
                        "u-1",
                        "{\"email\": \"ana@acme.example\", \"name\": \"Ana\", "
                                + "\"role\": \"EXECUTIVE_SPONSOR\", \"seat\": \"PAID\"}")
                .statusCode(200)
                .body("seat", equalTo("PAID"))
                .body("role", equalTo("EXECUTIVE_SPONSOR"));

        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<String> types = List.of();
        while (types.size() < 2 && System.nanoTime() < deadline) {
            types = topics
                    .findAll(
                            Topics.ACCOUNT_EVENTS,
                            r -> r.value().contains("\"userId\":\"" + id + "\""),
                            Duration.ofSeconds(2))
                    .stream()
                    .map(r -> TopicReader.header(r, "ce_type"))
                    .toList();
        }
        assertThat(types).containsExactly(UserCreated.TYPE, UserUpdated.TYPE);
    }

    @Test
    void anInviterMustBeAnotherKnownUserOfTheSameAccount() {
        String account = TestAccounts.create("Users Test", "FREE");
        putUser(account, "inviter", "{\"name\": \"Ines\"}").statusCode(201);

        String inviterId = Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{a}/users/{u}", account, "inviter")
                .then()
                .extract()
                .path("id");
        putUser(account, "invitee", "{\"name\": \"Ivo\", \"invitedBy\": \"inviter\"}")
                .statusCode(201)
                .body("invitedBy", equalTo(inviterId));
        putUser(account, "stranger", "{\"invitedBy\": \"nobody-here\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("invitedBy"));
        putUser(account, "selfie", "{\"invitedBy\": \"selfie\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("invitedBy"));
    }

    @Test
    void badFieldsAreNamedAndUnknownAccountsAreNotFound() {
        String account = TestAccounts.create("Users Test", "FREE");
        putUser(account, "u", "{\"email\": \"not-an-email\", \"role\": \"KING\"}")
                .statusCode(400)
                .contentType("application/problem+json");
        putUser(account, "u", "{\"email\": \"not-an-email\"}").statusCode(400).body("errors.field", hasItems("email"));
        putUser("no-such-account", "u", "{}").statusCode(404);
    }

    @Test
    void usersArePagedByTheVendorsId() {
        String account = TestAccounts.create("Users Test", "FREE");
        for (String user : List.of("u-3", "u-1", "u-2")) {
            putUser(account, user, "{}").statusCode(201);
        }

        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            var request = Api.as(TestTokens.VIEWER).queryParam("first", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            var page = request.get("/api/v1/accounts/{a}/users", account)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            ids.addAll(page.getList("items.externalId"));
            after = page.getString("nextCursor");
        } while (after != null);

        assertThat(ids).containsExactly("u-1", "u-2", "u-3");
    }

    private static ValidatableResponse putUser(String account, String user, String body) {
        return Api.asClient("product-sync")
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/accounts/{a}/users/{u}", account, user)
                .then();
    }
}
