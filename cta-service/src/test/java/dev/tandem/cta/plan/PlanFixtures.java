package dev.tandem.cta.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tandem.cta.Fixtures;
import dev.tandem.events.Topics;
import dev.tandem.events.cta.SuccessPlanObjectiveStatusChanged;
import dev.tandem.events.health.HealthBand;
import dev.tandem.events.health.MeasureReading;
import dev.tandem.events.health.ScoreChanged;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Success plans made through the API, and metric values sent as health-service sends them. */
final class PlanFixtures {

    private PlanFixtures() {}

    /** An objective's JSON: a HEALTH goal up from {@code baseline} to {@code target}, due in {@code days}. */
    static String objective(String title, String metric, String baseline, String target, int days) {
        return """
                {"title": "%s", "dueDate": "%s",
                 "goal": {"kind": "HEALTH", "metric": "%s", "baseline": %s, "target": %s, "direction": "UP"}}
                """.formatted(title, LocalDate.now().plusDays(days), metric, baseline, target);
    }

    static String planJson(UUID account, String... objectives) {
        return "{\"accountId\": \"%s\", \"name\": \"Plan\", \"objectives\": [%s]}"
                .formatted(account, String.join(", ", objectives));
    }

    static ExtractableResponse<Response> create(UUID account, String... objectives) {
        return Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(planJson(account, objectives))
                .post("/api/v1/success-plans")
                .then()
                .statusCode(201)
                .extract();
    }

    /** A score change of the account carrying {@code values} of its metrics, applied when this returns. */
    static void measured(UUID account, Map<String, String> values) {
        List<MeasureReading> readings = values.entrySet().stream()
                .map(entry -> new MeasureReading(entry.getKey(), 30, new BigDecimal(entry.getValue())))
                .toList();
        Fixtures.apply(new ScoreChanged(
                account,
                UUID.randomUUID(),
                70,
                71,
                HealthBand.GREEN,
                HealthBand.GREEN,
                List.of(),
                readings,
                Instant.now()));
    }

    /** The status changes of an objective announced on cta.events, in order; read for a few seconds. */
    static List<String> announcedStatuses(String objectiveId) {
        return new TopicReader(Fixtures.kafka())
                        .findAll(
                                Topics.CTA_EVENTS,
                                record -> SuccessPlanObjectiveStatusChanged.TYPE.equals(
                                                TopicReader.header(record, "ce_type"))
                                        && record.value().contains(objectiveId),
                                Duration.ofSeconds(5))
                        .stream()
                        .map(record -> {
                            try {
                                return Fixtures.JSON
                                        .readTree(record.value())
                                        .path("status")
                                        .asText();
                            } catch (JsonProcessingException e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .toList();
    }

    static long plansOf(UUID account) {
        return Fixtures.count("SELECT count(*) FROM success_plan WHERE account_id = '" + account + "'");
    }
}
