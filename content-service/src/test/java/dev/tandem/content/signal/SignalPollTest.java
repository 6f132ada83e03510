package dev.tandem.content.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.content.Fixtures;
import dev.tandem.events.Topics;
import dev.tandem.events.signal.Signal;
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

/** A poll of signals with one that cannot be stored applies all the others, once each, and parks that one alone. */
@QuarkusTest
@WithTandemInfrastructure(database = "content")
class SignalPollTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void usesOfOneFeatureInOnePollAndTheNextAddUpInOneRow() {
        String account = "busy-" + UUID.randomUUID();
        Instant now = Instant.now();
        for (int round = 0; round < 2; round++) {
            List<Outgoing> poll = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String feature = i % 3 == 0 ? "export" : "reports";
                poll.add(new Outgoing(
                        account,
                        """
                        {"eventId": "r%d-%d", "accountId": "%s", "userId": "ana", "type": "feature_used",
                         "name": "%s", "occurredAt": "%s"}
                        """.formatted(round, i, account, feature, now),
                        TopicWriter.cloudEventHeaders(
                                UUID.randomUUID().toString(), Signal.TYPE, "/integrations/test", account)));
            }
            try (var writer = new TopicWriter(Fixtures.kafka())) {
                writer.sendTogether(Topics.SIGNALS_RAW, poll);
            }
        }

        await().atMost(WAIT)
                .until(() -> "120"
                        .equals(Fixtures.sql("SELECT coalesce(sum(count), 0)::text FROM account_fact"
                                + " WHERE account_external_id = '" + account + "'")));
        assertThat(Fixtures.sql("SELECT string_agg(name || '=' || count, ',' ORDER BY name) FROM account_fact"
                        + " WHERE account_external_id = '" + account + "'"))
                .as("a row a feature and day, each use counted once")
                .isEqualTo("export=40,reports=80");
    }

    @Test
    void aFeatureNamedWithANulByteIsParkedAloneAndTheOther199AreCounted() {
        String account = "poisoned-" + UUID.randomUUID();
        Instant now = Instant.now();
        List<Outgoing> poll = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            // PostgreSQL refuses a NUL byte in a text: the fact's name cannot be stored. JSON allows it.
            String feature = i == 77 ? "reports\\u0000" : "feature-" + i;
            poll.add(new Outgoing(
                    account,
                    """
                    {"eventId": "e-%d", "accountId": "%s", "userId": "ana", "type": "feature_used", "name": "%s",
                     "occurredAt": "%s"}
                    """.formatted(i, account, feature, now),
                    TopicWriter.cloudEventHeaders(
                            UUID.randomUUID().toString(), Signal.TYPE, "/integrations/test", account)));
        }

        try (var writer = new TopicWriter(Fixtures.kafka())) {
            writer.sendTogether(Topics.SIGNALS_RAW, poll);
        }

        await().atMost(WAIT)
                .until(() -> "199"
                        .equals(Fixtures.sql("SELECT coalesce(sum(count), 0)::text FROM account_fact"
                                + " WHERE kind = 'FEATURE' AND account_external_id = '" + account + "'")));
        assertThat(Fixtures.sql(
                        "SELECT count(*)::text FROM account_fact WHERE account_external_id = '" + account + "'"))
                .as("one fact per feature used, none for the unstorable one")
                .isEqualTo("199");

        List<ConsumerRecord<String, String>> parked = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            parked.clear();
            parked.addAll(new TopicReader(Fixtures.kafka())
                    .findAll(
                            Topics.deadLetter(Topics.SIGNALS_RAW),
                            r -> account.equals(r.key()),
                            Duration.ofSeconds(2)));
            return !parked.isEmpty();
        });
        assertThat(parked).as("the unstorable signal alone").hasSize(1);
        assertThat(parked.get(0).value()).contains("\"e-77\"");
        assertThat(TopicReader.header(parked.get(0), "dead-letter-reason")).isNotBlank();
    }
}
