package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.simulator.platform.PlatformClient;
import dev.tandem.simulator.platform.TokenSource;
import dev.tandem.simulator.run.Credentials;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One signal health-service can never store (an ROI of 1e20, past what its column holds) among 200 an integrator
 * writes straight to {@code signals.raw}, where no REST validation stands in the way: only that one is parked on
 * {@code signals.raw.dlq}, with its reason, and the 199 others are counted.
 */
class UnstorableSignalIT {

    private static final int SIGNALS = 200;
    private static final int UNSTORABLE_AT = 117;
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private static final String ACCOUNT =
            "unstorable-" + UUID.randomUUID().toString().substring(0, 8);

    private static Set<String> sent;
    private static String unstorable;
    private static long counted;
    private static List<ConsumerRecord<String, String>> parked;

    @BeforeAll
    static void sendABatchWithOneUnstorableSignal() {
        LocalStack stack = LocalStack.shared();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.MINUTES);
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < SIGNALS; i++) {
            Map<String, Object> signal = new LinkedHashMap<>();
            signal.put("eventId", UUID.randomUUID().toString());
            signal.put("accountId", ACCOUNT);
            signal.put("userId", ACCOUNT + "-person-" + i % 4);
            if (i == UNSTORABLE_AT) {
                signal.put("type", "roi_reported");
                signal.put("name", "hours-saved");
                signal.put("value", 1e20);
            } else {
                signal.put("type", "login");
            }
            signal.put("occurredAt", now.minus(i % 10, ChronoUnit.DAYS).minusSeconds(i));
            batch.add(signal);
        }
        sent = batch.stream().map(signal -> (String) signal.get("eventId")).collect(Collectors.toSet());
        unstorable = (String) batch.get(UNSTORABLE_AT).get("eventId");
        Credentials credentials = Credentials.localStack();
        TokenSource tokens = TokenSource.clientCredentials(
                PlatformClient.newHttpClient(),
                stack.endpoints().tokenEndpoint(),
                credentials.integratorClient(),
                credentials.integratorSecret());
        try (IntegratorSide integrator = new IntegratorSide(
                new PlatformClient(PlatformClient.newHttpClient(), tokens),
                stack.endpoints(),
                stack.kafkaBootstrapServers(),
                ACCOUNT)) {
            integrator.produceToKafka(batch);
        }

        counted = new ActivityCounts(stack)
                .settled(List.of(ACCOUNT), SIGNALS - 1, PATIENCE)
                .get(ACCOUNT);
        parked = TopicRecords.all(stack.kafkaBootstrapServers(), "signals.raw.dlq").stream()
                .filter(record -> sent.contains(header(record, "ce_id")))
                .toList();
        System.out.printf(
                "UnstorableSignalIT: %d of %d signals counted; parked on signals.raw.dlq: %s%n",
                counted,
                SIGNALS,
                parked.stream()
                        .map(record ->
                                header(record, "ce_id") + " (" + beginning(header(record, "dead-letter-reason")) + ")")
                        .toList());
    }

    @Test
    void the_199_storable_signals_are_counted() {
        assertThat(counted).isEqualTo(SIGNALS - 1);
    }

    @Test
    void only_the_unstorable_signal_is_parked_on_the_dead_letter_topic_with_its_reason() {
        assertThat(parked).isNotEmpty();
        assertThat(parked)
                .extracting(record -> header(record, "ce_id"))
                .as("the signals of this batch on signals.raw.dlq")
                .containsOnly(unstorable);
        assertThat(parked)
                .allSatisfy(record ->
                        assertThat(header(record, "dead-letter-reason")).isNotBlank());
    }

    private static String beginning(String reason) {
        return reason == null || reason.length() <= 80 ? reason : reason.substring(0, 80) + "...";
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
