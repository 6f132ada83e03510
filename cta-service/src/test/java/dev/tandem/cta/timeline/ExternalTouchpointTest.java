package dev.tandem.cta.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.cta.Fixtures;
import dev.tandem.events.Topics;
import dev.tandem.events.account.UserRole;
import dev.tandem.events.cta.TouchpointDeleted;
import dev.tandem.events.cta.TouchpointRecorded;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Integrators push touchpoints from e-mail and calendar systems by their own id: a resync changes nothing and
 * announces nothing; a change is the next version on cta.events, whole.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class ExternalTouchpointTest {

    private final String integrator = TestTokens.forClient("calendar-sync", TestTokens.INTEGRATOR);
    private final Instant lastWeek = Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);

    @Test
    void aResyncChangesNothingAndAChangeIsTheNextVersion() throws Exception {
        UUID account = Fixtures.account(Fixtures.plan(), "csm-" + UUID.randomUUID());
        UUID buyer = Touchpoints.user(account, UserRole.DECISION_MAKER);
        UUID champion = Touchpoints.user(account, UserRole.CHAMPION);
        String meeting = Touchpoints.json("MEETING", lastWeek, "Kick-off", List.of(buyer, champion))
                .replace("}", ", \"authorId\": \"csm-ana\"}");

        String id = Touchpoints.put(account, "outlook", "evt-1", meeting, integrator)
                .then()
                .statusCode(201)
                .body("source", equalTo("outlook"))
                .body("externalId", equalTo("evt-1"))
                .body("authorId", equalTo("csm-ana"))
                .body("version", equalTo(1))
                .extract()
                .path("id");
        // The same content again, participants in another order: nothing to store or announce.
        String reordered = Touchpoints.json("MEETING", lastWeek, "Kick-off", List.of(champion, buyer))
                .replace("}", ", \"authorId\": \"csm-ana\"}");
        Touchpoints.put(account, "outlook", "evt-1", reordered, integrator)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("version", equalTo(1));
        assertThat(Fixtures.text("SELECT updated_at = created_at FROM touchpoint WHERE id = '" + id + "'"))
                .isEqualTo("t");

        String moved = Touchpoints.json("MEETING", lastWeek.plusSeconds(3600), "Kick-off", List.of(buyer))
                .replace("}", ", \"authorId\": \"csm-ana\"}");
        Touchpoints.put(account, "outlook", "evt-1", moved, integrator)
                .then()
                .statusCode(200)
                .body("version", equalTo(2));
        // Another system's id of the same number is another touchpoint.
        Touchpoints.put(account, "gmail", "evt-1", meeting, integrator).then().statusCode(201);

        TopicReader topic = new TopicReader(Fixtures.kafka());
        JsonNode second =
                Fixtures.JSON.readTree(topic.find(Topics.CTA_EVENTS, r -> isRecorded(r.value(), id, 2), Fixtures.WAIT)
                        .orElseThrow()
                        .value());
        assertThat(second.path("occurredAt").asText())
                .isEqualTo(lastWeek.plusSeconds(3600).toString());
        assertThat(second.path("participantUserIds").get(0).asText()).isEqualTo(buyer.toString());
        assertThat(second.path("authorId").asText()).isEqualTo("csm-ana");
        // One event per version: the resync between them was not announced.
        var announced = topic.findAll(
                Topics.CTA_EVENTS,
                r -> TouchpointRecorded.TYPE.equals(TopicReader.header(r, "ce_type"))
                        && r.value().contains(id),
                Duration.ofSeconds(3));
        assertThat(announced).hasSize(2);
    }

    @Test
    void aDeletionIsAnnouncedAndAPushAfterItIsANewerVersion() throws Exception {
        UUID account = Fixtures.account(Fixtures.plan(), null);
        String call = Touchpoints.json("CALL", lastWeek, "Support call", List.of());
        String id = Touchpoints.put(account, "gong", "call-9", call, integrator)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        RestAssured.given()
                .auth()
                .oauth2(TestTokens.withRole(TestTokens.CS_ADMIN))
                .delete("/api/v1/touchpoints/{id}", id)
                .then()
                .statusCode(204);
        Touchpoints.put(account, "gong", "call-9", call, integrator)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("version", equalTo(3));

        TopicReader topic = new TopicReader(Fixtures.kafka());
        JsonNode deleted = Fixtures.JSON.readTree(topic.find(
                        Topics.CTA_EVENTS,
                        r -> TouchpointDeleted.TYPE.equals(TopicReader.header(r, "ce_type"))
                                && r.value().contains(id),
                        Fixtures.WAIT)
                .orElseThrow()
                .value());
        assertThat(deleted.path("version").asLong()).isEqualTo(2);
        assertThat(topic.find(Topics.CTA_EVENTS, r -> isRecorded(r.value(), id, 3), Fixtures.WAIT))
                .isPresent();
    }

    @Test
    void anIntegratorPushesButReadsNothingAndWritesOnlyByExternalId() {
        UUID account = Fixtures.account(Fixtures.plan(), null);
        RestAssured.given()
                .auth()
                .oauth2(integrator)
                .get("/api/v1/accounts/{a}/touchpoints", account)
                .then()
                .statusCode(403);
        Touchpoints.create(account, Touchpoints.json("CALL", lastWeek, "call", List.of()), integrator)
                .then()
                .statusCode(403);
        Touchpoints.put(account, "bad source!", "x", Touchpoints.json("CALL", lastWeek, "call", List.of()), integrator)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("source"));
        assertThat(Touchpoints.stored(account)).isZero();
    }

    private static boolean isRecorded(String value, String id, int version) {
        try {
            JsonNode event = Fixtures.JSON.readTree(value);
            return id.equals(event.path("touchpointId").asText())
                    && event.path("version").asInt() == version;
        } catch (Exception e) {
            return false;
        }
    }
}
