package dev.tandem.health.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.events.Topics;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.events.health.ScoreChanged;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.kafka.TopicWriter;
import dev.tandem.testing.oidc.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Signals in, a fresh score out on health.events within seconds, and nothing when nothing changed. */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class ScoreRefreshTest {

    private final String kafka = EmbeddedInfrastructure.shared().kafkaBootstrapServers();
    private final TopicReader topics = new TopicReader(kafka);

    @Test
    void newSignalsRescoreTheAccountAndAChangedScoreIsAnnouncedOnce() {
        UUID accountId = UUID.randomUUID();
        String account = "fresh-" + accountId;
        announce(accountId, account);
        String batch = """
                {"signals": [
                  {"eventId": "a", "accountId": "%1$s", "userId": "ana", "type": "login", "occurredAt": "%2$s"},
                  {"eventId": "b", "accountId": "%1$s", "userId": "ana", "type": "feature_used", "name": "reports",
                   "occurredAt": "%2$s"}
                ]}
                """.formatted(account, Instant.now());

        post(batch);
        await().atMost(Duration.ofSeconds(20)).until(() -> scoreEvents(accountId, Duration.ofMillis(500)) == 1);

        // The same signals again: counted once, so nothing changes and nothing is announced.
        post(batch);
        assertThat(scoreEvents(accountId, Duration.ofSeconds(4))).isEqualTo(1);
        var event = topics.find(Topics.HEALTH_EVENTS, r -> accountId.toString().equals(r.key()), Duration.ofSeconds(1));
        assertThat(event).isPresent();
        assertThat(event.get().value()).contains("\"previousScore\":null").contains("\"dimensions\":[");
    }

    private long scoreEvents(UUID accountId, Duration wait) {
        return topics.findAll(
                        Topics.HEALTH_EVENTS,
                        r -> accountId.toString().equals(r.key())
                                && ScoreChanged.TYPE.equals(TopicReader.header(r, "ce_type")),
                        wait)
                .size();
    }

    private void announce(UUID accountId, String externalId) {
        try (var writer = new TopicWriter(kafka)) {
            writer.send(
                    Topics.ACCOUNT_EVENTS,
                    accountId.toString(),
                    """
                    {"accountId": "%s", "externalId": "%s", "name": "Fresh", "industry": null, "employeeBand": null,
                     "parentAccountId": null, "billingModel": "SUBSCRIPTION", "plan": "FREE", "stage": "FREE",
                     "touchModel": "TECH", "community": false, "csmId": null, "cohort": null,
                     "occurredAt": "2026-11-01T10:00:00Z"}
                    """.formatted(accountId, externalId),
                    TopicWriter.cloudEventHeaders(
                            UUID.randomUUID().toString(),
                            AccountCreated.TYPE,
                            "/account-service",
                            accountId.toString()));
        }
        // Scores are announced under the Tandem id, which the projection has once it applied the event.
        await().atMost(Duration.ofSeconds(20)).until(() -> projected(externalId));
    }

    private static boolean projected(String externalId) throws Exception {
        var postgres = EmbeddedInfrastructure.shared().postgres();
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("health"), "postgres", "");
                var statement = connection.prepareStatement("SELECT 1 FROM account_ref WHERE external_id = ?")) {
            statement.setString(1, externalId);
            return statement.executeQuery().next();
        }
    }

    private static void post(String batch) {
        Api.asClient("product-analytics")
                .contentType(ContentType.JSON)
                .body(batch)
                .post("/api/v1/signals")
                .then()
                .statusCode(202);
    }
}
