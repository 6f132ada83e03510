package dev.tandem.cta.bench;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tandem.cta.Fixtures;
import dev.tandem.events.Topics;
import dev.tandem.events.signal.Signal;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A backfill as an integrator sends one: signals produced as fast as the broker takes them, one in a hundred an NPS
 * detractor that a rule turns into a CTA, the rest matching no rule. Reports how fast the service catches up, which
 * {@link EndToEndBenchmark} cannot show: there every other signal fires ten rules, and sending one record at a time
 * takes as long as consuming. Not part of {@code verify}; run with {@code -Dtest=BackfillBenchmark
 * -Dtandem.bench=true}.
 */
@QuarkusTest
@TestProfile(EndToEndBenchmark.ProductionCaching.class)
@WithTandemInfrastructure(database = "cta")
@EnabledIfSystemProperty(named = "tandem.bench", matches = "true")
class BackfillBenchmark {

    private static final int RULES = 100;
    private static final int ACCOUNTS = 50;
    private static final int SIGNALS = 10_000;

    @Test
    void signalsPerSecondCatchingUpOnABackfill() throws JsonProcessingException {
        String plan = Fixtures.plan();
        for (int i = 0; i < RULES; i++) {
            String filter = i == 0
                    ? "{\"type\": \"nps_response\", \"maxValue\": 6}"
                    : "{\"type\": \"ticket_opened\", \"properties\": {\"queue\": \"q" + i + "\"}}";
            Fixtures.rule("""
                    {"name": "backfill %d %s", "scope": {"plans": ["%s"]},
                     "trigger": {"kind": "SIGNAL_MATCHED", "signal": %s},
                     "actions": [{"kind": "CREATE_CTA", "ctaType": "RISK", "reason": "backfill %d"}]}
                    """.formatted(i, plan, plan, filter, i));
        }
        List<UUID> accounts = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            accounts.add(Fixtures.account(plan, "csm-backfill"));
        }

        long before = Fixtures.count("SELECT count(*) FROM processed_event WHERE consumer = 'cta-signals'");
        Instant start = Instant.now();
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                Fixtures.kafka(),
                ProducerConfig.LINGER_MS_CONFIG,
                20,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class))) {
            for (int i = 0; i < SIGNALS; i++) {
                String account = Fixtures.externalId(accounts.get(i % ACCOUNTS));
                Signal signal = new Signal(
                        UUID.randomUUID().toString(),
                        account,
                        "user-" + (i % 500),
                        "nps_response",
                        null,
                        Instant.now(),
                        i % 100 == 0 ? 3.0 : 9.0,
                        Map.of());
                var record =
                        new ProducerRecord<>(Topics.SIGNALS_RAW, account, Fixtures.JSON.writeValueAsString(signal));
                TopicWriter.cloudEventHeaders(UUID.randomUUID().toString(), Signal.TYPE, "/bench", account)
                        .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                producer.send(record);
            }
            producer.flush();
        }
        double sending = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() ->
                        Fixtures.count("SELECT count(*) FROM processed_event WHERE consumer = 'cta-signals'") - before
                                >= SIGNALS);
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        System.out.printf(
                "backfill: %d signals (1%% detractors) x %d rules caught up in %.1f s (sending took %.1f s)"
                        + " = %.0f signals/s%n",
                SIGNALS, RULES, seconds, sending, SIGNALS / seconds);
    }
}
