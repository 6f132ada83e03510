package dev.tandem.cta.cta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.cta.Fixtures;
import dev.tandem.events.Topics;
import dev.tandem.events.cta.CtaUpdated;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** PATCH /ctas/{id}: a CSM changes an open CTA's priority and due date, and only those. */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class CtaUpdateTest {

    private final String csm = "csm-update-" + UUID.randomUUID();
    private final String csmToken = TestTokens.forUser(csm, TestTokens.CSM);

    @Test
    void aChangeLandsAndIsAnnouncedOnceWithTheOwnerAndANoOpIsNot() throws Exception {
        String id = openOnMyAccount("renewal at risk");
        String due = LocalDate.now().plusDays(10).toString();
        String patch = "{\"priority\": \"URGENT\", \"dueDate\": \"%s\"}".formatted(due);

        patch(id, patch, csmToken)
                .statusCode(200)
                .body("priority", equalTo("URGENT"))
                .body("dueDate", equalTo(due))
                .body("ownerId", equalTo(csm))
                .body("reason", equalTo("renewal at risk"));
        // Sent again, and sent empty: nothing changes, nothing is announced.
        patch(id, patch, csmToken).statusCode(200).body("priority", equalTo("URGENT"));
        patch(id, "{}", csmToken).statusCode(200).body("dueDate", equalTo(due));

        assertThat(Fixtures.text("SELECT priority || ' ' || due_date FROM cta WHERE id = '" + id + "'"))
                .isEqualTo("URGENT " + due);
        List<JsonNode> announced = updatesOf(id, 1);
        assertThat(announced).hasSize(1);
        assertThat(announced.get(0).path("priority").asText()).isEqualTo("URGENT");
        assertThat(announced.get(0).path("dueDate").asText()).isEqualTo(due);
        assertThat(announced.get(0).path("ownerId").asText()).isEqualTo(csm);
    }

    @Test
    void nullClearsTheDueDateAndPlainJsonIsTakenToo() throws Exception {
        String id = openOnMyAccount("clear the due date");
        patch(id, "{\"dueDate\": \"%s\"}".formatted(LocalDate.now()), csmToken).statusCode(200);

        RestAssured.given()
                .auth()
                .oauth2(csmToken)
                .contentType(ContentType.JSON)
                .body("{\"dueDate\": null}")
                .patch("/api/v1/ctas/{id}", id)
                .then()
                .statusCode(200)
                .body("dueDate", nullValue())
                .body("priority", equalTo("MEDIUM"));

        List<JsonNode> announced = updatesOf(id, 2);
        assertThat(announced).hasSize(2);
        assertThat(announced.get(1).path("dueDate").isNull()).isTrue();
    }

    @Test
    void forbiddenUnknownAndMalformedFieldsAreRefusedByNameAndChangeNothing() {
        String id = openOnMyAccount("bad fields");

        patch(id, """
                        {"priority": "SOON", "dueDate": "next week", "ownerId": "someone", "status": "CLOSED_LOST",
                         "reason": "renamed", "type": "EXPANSION", "accountId": "%s", "color": "red"}
                        """.formatted(UUID.randomUUID()), csmToken)
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "priority", "dueDate", "ownerId", "status", "reason", "type", "accountId", "color"))
                .body("errors.find { it.field == 'ownerId' }.reason", containsString("reassign"));
        patch(id, "{\"priority\": null}", csmToken).statusCode(400).body("errors[0].field", equalTo("priority"));
        patch(id, "{\"dueDate\": \"%s\"}".formatted(LocalDate.now().minusDays(1)), csmToken)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("dueDate"));
        patch(id, "[]", csmToken).statusCode(400).contentType("application/problem+json");

        assertUnchanged(id);
    }

    @Test
    void aClosedCtaIsAConflictAndStaysAsItWas() {
        String id = openOnMyAccount("closed already");
        CtaResourceTest.post(id, "close", "{\"outcome\": \"CLOSED_SUCCESS\"}", TestTokens.CS_ADMIN)
                .then()
                .statusCode(200);

        patch(id, "{\"priority\": \"HIGH\"}", csmToken)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("closed"));

        assertThat(Fixtures.text("SELECT priority FROM cta WHERE id = '" + id + "'"))
                .isEqualTo("MEDIUM");
    }

    @Test
    void anotherCsmIsForbiddenAndAnAdminMayChangeAny() {
        String id = openOnMyAccount("someone else's");

        patch(id, "{\"priority\": \"LOW\"}", TestTokens.forUser("csm-other-" + UUID.randomUUID(), TestTokens.CSM))
                .statusCode(403)
                .contentType("application/problem+json");
        patch(id, "{\"priority\": \"LOW\"}", TestTokens.withRole(TestTokens.VIEWER))
                .statusCode(403);
        assertUnchanged(id);

        patch(id, "{\"priority\": \"LOW\"}", TestTokens.forUser("admin", TestTokens.CS_ADMIN))
                .statusCode(200)
                .body("priority", equalTo("LOW"));
        patch(UUID.randomUUID().toString(), "{\"priority\": \"LOW\"}", csmToken).statusCode(404);
    }

    private String openOnMyAccount(String reason) {
        UUID account = Fixtures.account(Fixtures.plan(), csm);
        return CtaResourceTest.open(account, "RISK", reason, TestTokens.CS_ADMIN)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void assertUnchanged(String id) {
        assertThat(Fixtures.text("SELECT priority || ' ' || coalesce(due_date::text, '-') || ' ' || status"
                        + " || ' ' || reason || ' ' || type FROM cta WHERE id = '" + id + "'"))
                .startsWith("MEDIUM - OPEN ")
                .endsWith(" RISK");
        assertThat(Fixtures.count("SELECT count(*) FROM outbox_event WHERE payload LIKE '%" + id + "%' AND type = '"
                        + CtaUpdated.TYPE + "'"))
                .isZero();
    }

    /**
     * The CtaUpdated events of one CTA on cta.events: waits for the {@code expected}-th, then reads a while longer, so
     * that one announced too many would show.
     */
    private static List<JsonNode> updatesOf(String id, int expected) throws Exception {
        TopicReader reader = new TopicReader(Fixtures.kafka());
        await().atMost(Fixtures.WAIT)
                .until(() -> reader.findAll(Topics.CTA_EVENTS, r -> isUpdateOf(r, id), Duration.ofSeconds(1))
                                .size()
                        >= expected);
        return reader.findAll(Topics.CTA_EVENTS, r -> isUpdateOf(r, id), Duration.ofSeconds(3)).stream()
                .map(r -> {
                    try {
                        return Fixtures.JSON.readTree(r.value());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static boolean isUpdateOf(ConsumerRecord<String, String> record, String id) {
        return CtaUpdated.TYPE.equals(TopicReader.header(record, "ce_type"))
                && record.value().contains(id);
    }

    private static ValidatableResponse patch(String id, String body, String token) {
        return RestAssured.given()
                .auth()
                .oauth2(token)
                .contentType("application/merge-patch+json")
                .body(body)
                .patch("/api/v1/ctas/{id}", id)
                .then();
    }
}
