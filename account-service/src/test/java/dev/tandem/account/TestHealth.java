package dev.tandem.account;

import dev.tandem.events.Topics;
import dev.tandem.events.health.ScoreChanged;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.kafka.TopicWriter;
import java.time.Instant;
import java.util.UUID;

/** Health scores announced on health.events the way health-service announces them, for tests that need some. */
public final class TestHealth implements AutoCloseable {

    private final TopicWriter writer =
            new TopicWriter(EmbeddedInfrastructure.shared().kafkaBootstrapServers());

    /** Announces a score change of {@code accountId} (null score and band: N/A) and returns the event's id. */
    public String scoreChanged(String accountId, Integer score, String band, Instant computedAt) {
        String eventId = UUID.randomUUID().toString();
        send(eventId, accountId, accountId, data(accountId, score, band, computedAt));
        return eventId;
    }

    /**
     * Sends {@code data} as a score change with the given event id and Kafka key: the key decides the partition, so a
     * test can line events of different accounts up on one partition, in order.
     */
    public void send(String eventId, String key, String subject, String data) {
        writer.send(
                Topics.HEALTH_EVENTS,
                key,
                data,
                TopicWriter.cloudEventHeaders(eventId, ScoreChanged.TYPE, "/health-service", subject));
    }

    public static String data(String accountId, Integer score, String band, Instant computedAt) {
        return """
                {"accountId": "%s", "scorecardId": "%s", "previousScore": null, "score": %s,
                 "previousBand": null, "band": %s, "dimensions": [], "computedAt": "%s"}
                """.formatted(
                        accountId, UUID.randomUUID(), score, band == null ? "null" : "\"" + band + "\"", computedAt);
    }

    @Override
    public void close() {
        writer.close();
    }
}
