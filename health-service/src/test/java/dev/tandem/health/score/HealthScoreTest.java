package dev.tandem.health.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.events.Topics;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.events.account.ContractStarted;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicWriter;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An account scored on the default DEAR scorecard from its real aggregates, explained. */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class HealthScoreTest {

    private final Instant now = Instant.now();
    private final List<String> signals = new ArrayList<>();

    @Test
    void anAccountWithoutDataHasNoScoreNotZero() {
        JsonPath health = health("nobody-" + UUID.randomUUID());

        assertThat(health.getString("score")).isNull();
        assertThat(health.getString("band")).isNull();
        assertThat(health.getString("explanation"))
                .startsWith("No measure has data yet.")
                .contains("ROI results reported (no ROI reports received)");
    }

    @Test
    void aScoreIsComputedFromTheAggregatesAndExplainsItself() {
        String account = "scored-" + UUID.randomUUID();
        UUID accountId = UUID.randomUUID();
        announceAccountWithSeats(accountId, account, 4);
        for (int day = 0; day < 10; day++) {
            signal(account, "ana", "login", null, now.minus(Duration.ofDays(day)));
            signal(account, "ben", "login", null, now.minus(Duration.ofDays(day)));
        }
        for (String feature : List.of("reports", "alerts", "exports")) {
            signal(account, "ana", "feature_used", feature, now);
        }
        for (int step = 0; step < 5; step++) {
            signal(account, "ana", "setup_step_completed", "step-" + step, now.minus(Duration.ofDays(40)));
        }
        Api.asClient("product-analytics")
                .contentType(ContentType.JSON)
                .body("{\"signals\": [" + String.join(",", signals) + "]}")
                .post("/api/v1/signals")
                .then()
                .statusCode(202);

        // Both the signals and the account's contract have to arrive through Kafka first.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> health(account).getString("groups[0].measures[0].rawValue") != null
                        && health(account).getString("groups[2].measures[0].rawValue") != null);
        JsonPath health = health(account);

        assertThat(health.getString("band")).isIn("RED", "YELLOW", "GREEN");
        assertThat(health.getFloat("groups[0].measures[0].rawValue"))
                .as("2 active users per 4 seats")
                .isEqualTo(0.5f);
        assertThat(health.getFloat("groups[0].measures[0].points")).isEqualTo(50f);
        String nps = "groups.find { it.key == 'engagement' }.measures.find { it.key == 'nps' }";
        assertThat(health.getString(nps + ".points"))
                .as("nobody answered NPS: left out, not 0")
                .isNull();
        assertThat(health.getFloat(nps + ".effectiveWeight")).isZero();
        assertThat(health.getString("groups.find { it.key == 'roi' }.score"))
                .as("an active account that never reported ROI: N/A there, not 0")
                .isNull();
        assertThat(health.getString("groups.find { it.key == 'roi' }.measures[0].noData"))
                .isEqualTo("no ROI reports received");
        BigDecimal contributions = health.getList("groups.measures.flatten().contribution", Float.class).stream()
                .map(value -> new BigDecimal(value.toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(contributions.doubleValue())
                .isCloseTo(health.getDouble("exactScore"), org.assertj.core.data.Offset.offset(0.01));
        assertThat(health.getString("explanation")).contains("costs");
    }

    @Test
    void manyAccountsAreScoredInOneRequestInTheOrderAsked() {
        String first = "batch-" + UUID.randomUUID();
        String second = "batch-" + UUID.randomUUID();

        JsonPath scores = Api.as(TestTokens.VIEWER)
                .queryParam("accountId", second, first, second)
                .get("/api/v1/health-scores")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(scores.getList("accountId")).as("each account once").containsExactly(second, first);
        assertThat(scores.getList("score")).containsExactly(null, null);
        assertThat(scores.getString("[0].explanation")).startsWith("No measure has data yet.");
    }

    @Test
    void aBatchNamesAtLeastOneAndAtMost200ValidAccounts() {
        Api.as(TestTokens.CSM)
                .get("/api/v1/health-scores")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        Api.as(TestTokens.CSM)
                .queryParam(
                        "accountId",
                        java.util.stream.IntStream.range(0, 201)
                                .mapToObj(i -> "a" + i)
                                .toList())
                .get("/api/v1/health-scores")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        Api.as(TestTokens.CSM)
                .queryParam("accountId", "not an id")
                .get("/api/v1/health-scores")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private void announceAccountWithSeats(UUID accountId, String externalId, int seats) {
        try (var writer = new TopicWriter(EmbeddedInfrastructure.shared().kafkaBootstrapServers())) {
            writer.send(
                    Topics.ACCOUNT_EVENTS,
                    accountId.toString(),
                    """
                    {"accountId": "%s", "externalId": "%s", "name": "Scored", "industry": null, "employeeBand": null,
                     "parentAccountId": null, "billingModel": "SUBSCRIPTION", "plan": "Growth", "stage": "ADOPTION",
                     "touchModel": "LOW", "community": false, "csmId": null, "cohort": null,
                     "occurredAt": "2026-11-01T10:00:00Z"}
                    """.formatted(accountId, externalId),
                    headers(accountId, AccountCreated.TYPE));
            writer.send(
                    Topics.ACCOUNT_EVENTS,
                    accountId.toString(),
                    """
                    {"contractId": "%s", "accountId": "%s", "plan": "Growth", "arr": 20000, "currency": "EUR",
                     "seats": %d, "startDate": "2026-01-01", "renewalDate": "2027-01-01", "autoRenew": true,
                     "status": "ACTIVE", "endReason": null, "occurredAt": "2026-11-01T10:00:00Z"}
                    """.formatted(UUID.randomUUID(), accountId, seats),
                    headers(accountId, ContractStarted.TYPE));
        }
    }

    private static java.util.Map<String, String> headers(UUID accountId, String type) {
        return TopicWriter.cloudEventHeaders(
                UUID.randomUUID().toString(), type, "/account-service", accountId.toString());
    }

    private void signal(String account, String user, String type, String name, Instant at) {
        signals.add(
                """
                {"eventId": "%s", "accountId": "%s", "userId": "%s", "type": "%s", "name": %s, "occurredAt": "%s"}
                """.formatted(UUID.randomUUID(), account, user, type, name == null ? "null" : "\"" + name + "\"", at));
    }

    private static JsonPath health(String account) {
        return Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{id}/health", account)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
