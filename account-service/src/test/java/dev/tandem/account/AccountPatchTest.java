package dev.tandem.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.events.Topics;
import dev.tandem.events.account.CsmAssigned;
import dev.tandem.events.account.SegmentChanged;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTandemInfrastructure(database = "account")
class AccountPatchTest {

    private final TopicReader topics =
            new TopicReader(EmbeddedInfrastructure.shared().kafkaBootstrapServers());

    @Test
    void assigningACsmAndJoiningTheCommunityAreAnnouncedOnce() {
        String account = TestAccounts.create("Patch Test", "FREE");
        String id = TestAccounts.idOf(account);

        patch(account, "{\"csmId\": \"carl\"}").statusCode(200).body("csmId", equalTo("carl"));
        patch(account, "{\"csmId\": \"carl\"}").statusCode(200);
        patch(account, "{\"community\": true}")
                .statusCode(200)
                .body("community", equalTo(true))
                .body("csmId", equalTo("carl"));
        patch(account, "{\"csmId\": null}").statusCode(200).body("csmId", nullValue());

        await().atMost(Duration.ofSeconds(20)).until(() -> typesOf(id).size() >= 4);
        assertThat(typesOf(id))
                .containsExactly(
                        dev.tandem.events.account.AccountCreated.TYPE,
                        CsmAssigned.TYPE,
                        SegmentChanged.TYPE,
                        CsmAssigned.TYPE);
    }

    @Test
    void onlyPatchableFieldsOfTheRightTypeAreAccepted() {
        String account = TestAccounts.create("Patch Fields", "FREE");

        patch(account, "{\"name\": \"Sneaky\", \"community\": \"yes\", \"csmId\": 42}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("name", "community", "csmId"));
        Api.as(TestTokens.VIEWER).get("/api/v1/accounts/{id}", account).then().body("name", equalTo("Patch Fields"));
    }

    @Test
    void aCsmByEmailOrUserNameOfTheWrongShapeOrNamedTwiceIsA400NamingTheFieldAndChangesNothing() {
        String account = TestAccounts.create("Patch Csm Shape", "FREE");
        patch(account, "{\"csmId\": \"carl\"}").statusCode(200);

        patch(account, "{\"csmEmail\": \"carl.example.com\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("csmEmail"));
        patch(account, "{\"csmEmail\": null}").statusCode(400).body("errors.field", contains("csmEmail"));
        patch(account, "{\"csmEmail\": \"" + "c".repeat(250) + "@example.com\"}")
                .statusCode(400)
                .body("errors.field", contains("csmEmail"));
        patch(account, "{\"csmUsername\": \"carl csm\"}").statusCode(400).body("errors.field", contains("csmUsername"));
        patch(account, "{\"csmUsername\": 7}").statusCode(400).body("errors.field", contains("csmUsername"));
        patch(account, "{\"csmId\": \"cleo\", \"csmEmail\": \"cleo@example.com\"}")
                .statusCode(400)
                .body("errors.field", contains("csmEmail"))
                .body("errors[0].reason", containsString("only one of"));

        Api.as(TestTokens.VIEWER).get("/api/v1/accounts/{id}", account).then().body("csmId", equalTo("carl"));
    }

    @Test
    void aCsmByEmailWhileTheTeamDirectoryCannotBeReadIsA503AndChangesNothing() {
        // The test profile points the directory at an address where nothing listens; e2e's TeamDirectoryIT proves
        // the lookup against a real Keycloak.
        String account = TestAccounts.create("Patch Csm Unreachable", "FREE");

        patch(account, "{\"csmEmail\": \"carl@demo.tandem.local\", \"community\": true}")
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        patch(account, "{\"csmUsername\": \"carl\"}").statusCode(503);

        Api.as(TestTokens.VIEWER)
                .get("/api/v1/accounts/{id}", account)
                .then()
                .body("csmId", nullValue())
                .body("community", equalTo(false));
    }

    @Test
    void onlyAdminsAssignCsms() {
        String account = TestAccounts.create("Patch Roles", "FREE");

        Api.as(TestTokens.CSM)
                .contentType("application/merge-patch+json")
                .body("{\"csmId\": \"me\"}")
                .patch("/api/v1/accounts/{id}", account)
                .then()
                .statusCode(403);
        patch("no-such-account", "{\"community\": true}").statusCode(404);
    }

    private List<String> typesOf(String id) {
        return topics.findAll(Topics.ACCOUNT_EVENTS, r -> id.equals(r.key()), Duration.ofSeconds(1)).stream()
                .map(r -> TopicReader.header(r, "ce_type"))
                .toList();
    }

    private static ValidatableResponse patch(String account, String body) {
        return Api.as(TestTokens.CS_ADMIN)
                .contentType("application/merge-patch+json")
                .body(body)
                .patch("/api/v1/accounts/{id}", account)
                .then();
    }
}
