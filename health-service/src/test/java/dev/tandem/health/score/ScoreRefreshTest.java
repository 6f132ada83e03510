package dev.tandem.health.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.events.Topics;
import dev.tandem.events.health.ScoreChanged;
import dev.tandem.health.TestAccounts;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
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
        TestAccounts.announce(accountId, account, "FREE", "FREE");
        String batch = """
                {"signals": [
                  {"eventId": "a", "accountId": "%1$s", "userId": "ana", "type": "login", "occurredAt": "%2$s"},
                  {"eventId": "b", "accountId": "%1$s", "userId": "ana", "type": "feature_used", "name": "reports",
                   "occurredAt": "%2$s"}
                ]}
                """.formatted(account, Instant.now());

        TestAccounts.post(batch);
        await().atMost(Duration.ofSeconds(20)).until(() -> scoreEvents(accountId, Duration.ofMillis(500)) == 1);

        // The same signals again: counted once, so nothing changes and nothing is announced.
        TestAccounts.post(batch);
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
}
