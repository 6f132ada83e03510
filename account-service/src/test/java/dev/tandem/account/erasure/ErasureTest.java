package dev.tandem.account.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.tandem.account.TestAccounts;
import dev.tandem.events.Topics;
import dev.tandem.events.account.AccountErased;
import dev.tandem.events.account.UserErased;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.DriverManager;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Erasure removes personal data everywhere it is held here, keeps the counts, and tells the other services. */
@QuarkusTest
@WithTandemInfrastructure(database = "account")
class ErasureTest {

    private final TopicReader topics =
            new TopicReader(EmbeddedInfrastructure.shared().kafkaBootstrapServers());

    @Test
    void anErasedUserLosesPersonalDataButStillCounts() throws Exception {
        String account = TestAccounts.create("Erasure Test", "FREE");
        String userId = putUser(account, "ana@acme.example");
        putUser(account, "ben@acme.example");

        Api.asClient("privacy-desk")
                .delete("/api/v1/accounts/{a}/users/{u}", account, "ana@acme.example")
                .then()
                .statusCode(204);

        Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{a}/users/{u}", account, "ana@acme.example")
                .then()
                .statusCode(404);
        Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{a}/users", account)
                .then()
                .body("items.size()", equalTo(2))
                .body("items.find { it.id == '" + userId + "' }.email", nullValue())
                .body("items.find { it.id == '" + userId + "' }.name", nullValue())
                .body("items.find { it.id == '" + userId + "' }.externalId", startsWith("erased:"))
                .body("items.find { it.id == '" + userId + "' }.erasedAt", notNullValue());
        assertThat(countRowsMentioning("ana@acme.example"))
                .as("rows still holding the email")
                .isZero();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> topics.find(
                                Topics.ACCOUNT_EVENTS,
                                r -> UserErased.TYPE.equals(TopicReader.header(r, "ce_type"))
                                        && r.value().contains(userId),
                                Duration.ofSeconds(1))
                        .isPresent());
    }

    @Test
    void anErasedAccountTakesItsUsersWithItAndIsAnnounced() {
        String account = TestAccounts.create("Erasure Test", "FREE");
        putUser(account, "cleo@globex.example");
        String accountId = Api.as(TestTokens.VIEWER)
                .get("/api/v1/accounts/{a}", account)
                .then()
                .extract()
                .path("id");

        Api.as(TestTokens.CS_ADMIN)
                .delete("/api/v1/accounts/{a}", account)
                .then()
                .statusCode(204);

        Api.as(TestTokens.VIEWER).get("/api/v1/accounts/{a}", account).then().statusCode(404);
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        topics
                                .findAll(Topics.ACCOUNT_EVENTS, r -> accountId.equals(r.key()), Duration.ofSeconds(1))
                                .stream()
                                .map(r -> TopicReader.header(r, "ce_type"))
                                .toList()
                                .containsAll(java.util.List.of(UserErased.TYPE, AccountErased.TYPE)));
    }

    @Test
    void onlyAdminsAndIntegratorsEraseAndUnknownOnesAreNotFound() {
        String account = TestAccounts.create("Erasure Test", "FREE");
        putUser(account, "dan@initech.example");

        Api.as(TestTokens.CSM)
                .delete("/api/v1/accounts/{a}/users/{u}", account, "dan@initech.example")
                .then()
                .statusCode(403);
        Api.as(TestTokens.CS_ADMIN)
                .delete("/api/v1/accounts/{a}/users/{u}", account, "nobody")
                .then()
                .statusCode(404);
        Api.as(TestTokens.CS_ADMIN)
                .delete("/api/v1/accounts/{a}", "no-such-account")
                .then()
                .statusCode(404);
    }

    private static long countRowsMentioning(String email) throws Exception {
        var postgres = EmbeddedInfrastructure.shared().postgres();
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("account"), "postgres", "");
                var statement = connection.prepareStatement(
                        "SELECT count(*) FROM end_user WHERE email = ? OR external_id = ? OR name = ?")) {
            statement.setString(1, email);
            statement.setString(2, email);
            statement.setString(3, "Person " + email);
            var result = statement.executeQuery();
            result.next();
            return result.getLong(1);
        }
    }

    private static String putUser(String account, String email) {
        return Api.asClient("crm-sync")
                .contentType(ContentType.JSON)
                .body("{\"email\": \"" + email + "\", \"name\": \"Person " + email + "\"}")
                .put("/api/v1/accounts/{a}/users/{u}", account, email)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
