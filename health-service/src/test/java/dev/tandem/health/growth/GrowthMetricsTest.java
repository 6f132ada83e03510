package dev.tandem.health.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Growth metrics from real signals, through ingest, Kafka and the aggregates. */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class GrowthMetricsTest {

    private final Instant now = Instant.now();
    private final String account = "growth-" + UUID.randomUUID();
    private final List<String> signals = new ArrayList<>();

    @Test
    void viralityNpsAndUsageFrequencyOfAnAccount() {
        activeOn("ana", 10); // daily: 10 of the last 14 days
        activeOn("ben", 5); // weekly
        activeOn("cleo", 2); // occasionally
        signal("dan", "login", null, now.minus(Duration.ofDays(20))); // in the window, not in the last 14 days
        for (int i = 0; i < 8; i++) {
            signal("ana", "invite_sent", null, now);
        }
        signal(null, "invite_accepted", null, now);
        signal(null, "invite_accepted", null, now);
        for (int score : List.of(10, 9, 9, 8, 7, 6, 3, 10, 2, 9)) {
            signal(null, "nps_response", (double) score, now);
        }
        Api.asClient("product-analytics")
                .contentType(ContentType.JSON)
                .body("{\"signals\": [" + String.join(",", signals) + "]}")
                .post("/api/v1/signals")
                .then()
                .statusCode(202);

        await().atMost(Duration.ofSeconds(20)).until(() -> metrics().getLong("npsAnswers") == 10);
        JsonPath metrics = metrics();
        assertThat(metrics.getLong("activeUsers")).isEqualTo(4);
        assertThat(metrics.getInt("nps")).as("the reference answers give +20").isEqualTo(20);
        assertThat(metrics.getDouble("viralCoefficient"))
                .as("8 invites per 4 users x 2 of 8 accepted")
                .isEqualTo(0.5);
        assertThat(metrics.getMap("usageFrequency"))
                .containsEntry("DAILY", 1)
                .containsEntry("WEEKLY", 1)
                .containsEntry("OCCASIONALLY", 1)
                .containsEntry("INACTIVE", 1);
    }

    private void activeOn(String user, int days) {
        for (int day = 0; day < days; day++) {
            signal(user, "login", null, now.minus(Duration.ofDays(day)));
        }
    }

    private void signal(String user, String type, Double value, Instant at) {
        signals.add("""
                {"eventId": "%s", "accountId": "%s", "userId": %s, "type": "%s", "value": %s, "occurredAt": "%s"}
                """.formatted(
                        UUID.randomUUID(),
                        account,
                        user == null ? "null" : "\"" + user + "\"",
                        type,
                        value == null ? "null" : value,
                        at));
    }

    private JsonPath metrics() {
        return Api.as(TestTokens.VIEWER)
                .queryParam("accountId", account)
                .get("/api/v1/growth-metrics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
