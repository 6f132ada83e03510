package dev.tandem.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import dev.tandem.events.Topics;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.events.account.AccountUpdated;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.oidc.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTandemInfrastructure(database = "account")
class AccountResourceTest {

    private final TopicReader topics =
            new TopicReader(EmbeddedInfrastructure.shared().kafkaBootstrapServers());

    @Test
    void samePutTwiceCreatesOneAccountAndOneEvent() {
        String externalId = "crm-" + UUID.randomUUID();
        String body = """
                {"name": "Acme Corp", "industry": "Logistics", "employeeBand": "201-500", "plan": "Growth"}
                """;

        String id = Api.asClient("crm-sync")
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/v1/accounts/{externalId}", externalId)
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/accounts/" + externalId))
                .body("externalId", equalTo(externalId))
                .body("name", equalTo("Acme Corp"))
                .body("billingModel", equalTo("SUBSCRIPTION"))
                .body("stage", equalTo("FREE"))
                .body("touchModel", equalTo("TECH"))
                .body("id", notNullValue())
                .extract()
                .path("id");
        Api.asClient("crm-sync")
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/v1/accounts/{externalId}", externalId)
                .then()
                .statusCode(200)
                .body("id", equalTo(id));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !topics.findAll(Topics.ACCOUNT_EVENTS, r -> id.equals(r.key()), Duration.ofSeconds(1))
                        .isEmpty());
        // Time for a second event to follow, were the second PUT to announce one.
        var events = topics.findAll(Topics.ACCOUNT_EVENTS, r -> id.equals(r.key()), Duration.ofSeconds(3));
        assertThat(events).extracting(r -> TopicReader.header(r, "ce_type")).containsExactly(AccountCreated.TYPE);
    }

    @Test
    void changedPutUpdatesTheAccountAndAnnouncesIt() {
        String externalId = "crm-" + UUID.randomUUID();
        String id = Api.asClient("crm-sync")
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Before\", \"plan\": \"TRIAL\"}")
                .put("/api/v1/accounts/{externalId}", externalId)
                .then()
                .statusCode(201)
                .body("stage", equalTo("TRIAL"))
                .extract()
                .path("id");

        Api.asClient("crm-sync")
                .contentType(ContentType.JSON)
                .body("{\"name\": \"After\", \"plan\": \"TRIAL\"}")
                .put("/api/v1/accounts/{externalId}", externalId)
                .then()
                .statusCode(200)
                .body("name", equalTo("After"));
        Api.asClient("crm-sync")
                .get("/api/v1/accounts/{externalId}", externalId)
                .then()
                .statusCode(200)
                .body("name", equalTo("After"));

        var updated = topics.find(
                Topics.ACCOUNT_EVENTS,
                r -> id.equals(r.key()) && AccountUpdated.TYPE.equals(TopicReader.header(r, "ce_type")),
                Duration.ofSeconds(20));
        assertThat(updated).isPresent();
        assertThat(updated.get().value()).contains("\"name\":\"After\"");
        assertThat(updated.get().value())
                .as("the event names what changed and what it was")
                .contains("\"previous\":{\"name\":\"Before\"}");
    }

    @Test
    void anAccountOlderThanItsFirstPutIsDatedFromItsSignUpWhichLaterPutsLeaveAlone() {
        String externalId = "crm-" + UUID.randomUUID();
        String id = Api.asClient("crm-sync")
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Early\", \"signedUpAt\": \"2026-09-14T08:30:00Z\"}")
                .put("/api/v1/accounts/{externalId}", externalId)
                .then()
                .statusCode(201)
                .body("createdAt", equalTo("2026-09-14T08:30:00Z"))
                .extract()
                .path("id");
        Api.asClient("crm-sync")
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Early\", \"signedUpAt\": \"2026-10-01T08:30:00Z\"}")
                .put("/api/v1/accounts/{externalId}", externalId)
                .then()
                .statusCode(200)
                .body("createdAt", equalTo("2026-09-14T08:30:00Z"));

        var created = topics.find(
                Topics.ACCOUNT_EVENTS,
                r -> id.equals(r.key()) && AccountCreated.TYPE.equals(TopicReader.header(r, "ce_type")),
                Duration.ofSeconds(20));
        assertThat(created).isPresent();
        assertThat(created.get().value())
                .as("the creation occurred at the sign-up, so sign-up cohorts count from it")
                .contains("\"occurredAt\":\"2026-09-14T08:30:00Z\"");
    }

    @Test
    void aSignUpInTheFutureIsRefused() {
        Api.asClient("crm-sync")
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Later\", \"signedUpAt\": \"2999-01-01T00:00:00Z\"}")
                .put("/api/v1/accounts/{externalId}", "crm-" + UUID.randomUUID())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("signedUpAt"))
                .body("errors.reason", hasItems("must not be in the future"));
    }

    @Test
    void unknownAccountIsAProblemNotFound() {
        Api.asClient("crm-sync")
                .get("/api/v1/accounts/{externalId}", "no-such-account")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("no-such-account"));
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsStored() {
        String externalId = "crm-" + UUID.randomUUID();
        Api.asClient("crm-sync")
                .contentType(ContentType.JSON)
                .body("{\"name\": \" \", \"industry\": \"" + "x".repeat(101) + "\"}")
                .put("/api/v1/accounts/{externalId}", externalId)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:tandem:invalid-input"))
                .body("errors.field", hasItems("name", "industry"));

        Api.asClient("crm-sync")
                .get("/api/v1/accounts/{externalId}", externalId)
                .then()
                .statusCode(404);
    }

    @Test
    void malformedJsonAndBadIdsAreRejectedWithProblems() {
        Api.asClient("crm-sync")
                .contentType(ContentType.JSON)
                .body("{\"name\": ")
                .put("/api/v1/accounts/{externalId}", "crm-1")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
        Api.asClient("crm-sync")
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Acme\", \"billingModel\": \"BARTER\"}")
                .put("/api/v1/accounts/{externalId}", "crm-1")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("billingModel"));
        Api.asClient("crm-sync")
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Acme\"}")
                .put("/api/v1/accounts/{externalId}", "has spaces")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("externalId"));
    }
}
