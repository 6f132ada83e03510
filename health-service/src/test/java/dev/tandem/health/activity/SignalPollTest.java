package dev.tandem.health.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.events.Topics;
import dev.tandem.events.signal.Signal;
import dev.tandem.health.HealthDatabase;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.kafka.TopicWriter;
import dev.tandem.testing.kafka.TopicWriter.Outgoing;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A poll of signals with one that cannot be stored counts all the others, once each, and parks that one alone.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class SignalPollTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final String kafka = EmbeddedInfrastructure.shared().kafkaBootstrapServers();

    @Test
    void anRoiValueBeyondTheColumnIsParkedAloneAndTheOther199SignalsAreCounted() throws Exception {
        String account = "poisoned-" + UUID.randomUUID();
        Instant now = Instant.now();
        List<Outgoing> poll = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String signal = i == 120
                    // Beyond roi_report's NUMERIC(20, 4); the REST ingest would refuse it, an integrator's producer
                    // does not.
                    ? "{\"eventId\": \"roi-huge\", \"type\": \"roi_reported\", \"name\": \"hours-saved\", \"value\": 1e20"
                    : i % 4 == 0
                            ? "{\"eventId\": \"roi-%d\", \"type\": \"roi_reported\", \"name\": \"hours-saved\", \"value\": %d"
                                    .formatted(i, i)
                            : "{\"eventId\": \"login-%d\", \"userId\": \"user-%d\", \"type\": \"login\""
                                    .formatted(i, i % 7);
            poll.add(new Outgoing(
                    account,
                    signal + ", \"accountId\": \"" + account + "\", \"occurredAt\": \"" + now + "\"}",
                    TopicWriter.cloudEventHeaders(
                            UUID.randomUUID().toString(), Signal.TYPE, "/integrations/test", account)));
        }

        try (var writer = new TopicWriter(kafka)) {
            writer.sendTogether(Topics.SIGNALS_RAW, poll);
        }

        await().atMost(WAIT)
                .until(() -> HealthDatabase.count(
                                "SELECT coalesce(sum(signals), 0) FROM account_day WHERE account_external_id = '"
                                        + account + "'")
                        == 199);
        assertThat(HealthDatabase.count(
                        "SELECT count(*) FROM roi_report WHERE account_external_id = '" + account + "'"))
                .as("every ROI report but the unstorable one")
                .isEqualTo(49);
        assertThat(HealthDatabase.count(
                        "SELECT coalesce(sum(roi_reports), 0) FROM account_day WHERE account_external_id = '" + account
                                + "'"))
                .isEqualTo(49);
        assertThat(HealthDatabase.count("SELECT count(*) FROM processed_event WHERE consumer = 'health-activity'"
                        + " AND event_id IN (" + ids(poll) + ")"))
                .as("each counted signal recorded as counted, the parked one not")
                .isEqualTo(199);

        List<ConsumerRecord<String, String>> parked = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            parked.clear();
            parked.addAll(new TopicReader(kafka)
                    .findAll(
                            Topics.deadLetter(Topics.SIGNALS_RAW),
                            r -> account.equals(r.key()),
                            Duration.ofSeconds(2)));
            return !parked.isEmpty();
        });
        assertThat(parked).as("the unstorable signal alone").hasSize(1);
        assertThat(parked.get(0).value()).contains("roi-huge");
        assertThat(TopicReader.header(parked.get(0), "dead-letter-reason")).isNotBlank();
    }

    private static String ids(List<Outgoing> poll) {
        return String.join(
                ",",
                poll.stream().map(r -> "'" + r.headers().get("ce_id") + "'").toList());
    }
}
