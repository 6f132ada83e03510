package dev.tandem.cta.rule;

import static dev.tandem.cta.Fixtures.WAIT;
import static dev.tandem.cta.Fixtures.account;
import static dev.tandem.cta.Fixtures.count;
import static dev.tandem.cta.Fixtures.ctaRule;
import static dev.tandem.cta.Fixtures.externalId;
import static dev.tandem.cta.Fixtures.firings;
import static dev.tandem.cta.Fixtures.plan;
import static dev.tandem.cta.Fixtures.rule;
import static dev.tandem.cta.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tandem.cta.Fixtures;
import dev.tandem.events.Topics;
import dev.tandem.events.signal.Signal;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.kafka.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * signals.raw is applied a poll at a time: several signals of one account in one poll fire each rule once per signal
 * and add to one CTA, within the rules' re-entry limits; a copy of a signal in the poll counts once, a bad record is
 * parked alone, and a redelivered poll changes nothing.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class SignalsBatchTest {

    /** A record as an integrator would publish it, with the CloudEvent id it keeps when redelivered. */
    private record Record(String id, String data) {}

    @Test
    void aPollOfOneAccountsSignalsFiresOncePerSignalAndARedeliveredPollChangesNothing() {
        String plan = plan();
        UUID account = account(plan, "csm-batch");
        String reason = "detractor " + plan;
        UUID everyTime = ctaRule(plan, reason, DETRACTOR);
        UUID twice = rule("""
                {"name": "twice %s", "trigger": %s, "scope": {"plans": ["%s"]},
                 "reentry": {"mode": "AT_MOST", "times": 2},
                 "actions": [{"kind": "CREATE_CTA", "ctaType": "RISK", "reason": "twice %s"}]}
                """.formatted(plan, DETRACTOR, plan, plan));

        Record first = signal(account, "u1", 3);
        List<Record> poll = List.of(
                first,
                signal(account, "u2", 9),
                new Record(
                        UUID.randomUUID().toString(),
                        "{\"eventId\": \"e\", \"accountId\": \"" + externalId(account)
                                + "\", \"type\": \"no such type\"}"),
                signal(account, "u1", 2),
                first,
                signal(account, "u3", 1));

        sendTogether(account, poll);

        await().atMost(WAIT).until(() -> firings(everyTime, account) == 3);
        assertThat(firings(twice, account))
                .as("its re-entry limit counts the poll's earlier firings")
                .isEqualTo(2);
        assertThat(text(cta(reason, "trigger_count::text"))).isEqualTo("3");
        assertThat(text(cta("twice " + plan, "trigger_count::text"))).isEqualTo("2");
        assertThat(count("SELECT count(*) FROM active_user_week WHERE account_id = '" + account + "'"))
                .isEqualTo(3);
        assertThat(count("SELECT count(*) FROM cta_signal s JOIN cta c ON c.id = s.cta_id WHERE c.reason = '" + reason
                        + "'"))
                .as("each detractor linked to the CTA once")
                .isEqualTo(3);
        var parked = new TopicReader(Fixtures.kafka())
                .find(
                        Topics.deadLetter(Topics.SIGNALS_RAW),
                        record -> record.value().contains("no such type")
                                && record.value().contains(externalId(account)),
                        WAIT);
        assertThat(parked).as("the bad record alone").isPresent();
        assertThat(TopicReader.header(parked.get(), "dead-letter-reason")).isNotBlank();

        // Redelivered whole but for the bad record, then one new signal behind it on the same partition: once that is
        // applied, so is the redelivery, which must not have fired anything again.
        List<Record> redelivery = new ArrayList<>(List.of(poll.get(0), poll.get(1), poll.get(3), poll.get(5)));
        Record next = signal(account, "u4", 8);
        redelivery.add(next);
        sendTogether(account, redelivery);

        await().atMost(WAIT)
                .until(() -> count("SELECT count(*) FROM processed_event WHERE event_id = '" + next.id() + "'") == 1);
        assertThat(firings(everyTime, account)).isEqualTo(3);
        assertThat(firings(twice, account)).isEqualTo(2);
        assertThat(text(cta(reason, "trigger_count::text"))).isEqualTo("3");
        assertThat(count("SELECT count(*) FROM cta WHERE account_id = '" + account + "'"))
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM active_user_week WHERE account_id = '" + account + "'"))
                .isEqualTo(4);
    }

    private static final String DETRACTOR =
            "{\"kind\": \"SIGNAL_MATCHED\", \"signal\": {\"type\": \"nps_response\", \"maxValue\": 6}}";

    private static String cta(String reason, String column) {
        return "SELECT " + column + " FROM cta WHERE status = 'OPEN' AND reason = '" + reason + "'";
    }

    private static Record signal(UUID account, String user, double nps) {
        Signal signal = new Signal(
                UUID.randomUUID().toString(),
                externalId(account),
                user,
                "nps_response",
                null,
                Instant.now(),
                nps,
                Map.of());
        try {
            return new Record(UUID.randomUUID().toString(), Fixtures.JSON.writeValueAsString(signal));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends the records in one producer batch, so that the consumer most likely reads them in one poll. */
    private static void sendTogether(UUID account, List<Record> records) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                Fixtures.kafka(),
                ProducerConfig.LINGER_MS_CONFIG,
                500,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class);
        try (var producer = new KafkaProducer<String, String>(config)) {
            for (Record record : records) {
                var message = new ProducerRecord<>(Topics.SIGNALS_RAW, externalId(account), record.data());
                TopicWriter.cloudEventHeaders(record.id(), Signal.TYPE, "/integrations/test", externalId(account))
                        .forEach((name, value) -> message.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                producer.send(message);
            }
            producer.flush();
        }
    }
}
