package dev.tandem.cta.bench;

import static org.awaitility.Awaitility.await;

import dev.tandem.cta.Fixtures;
import dev.tandem.events.signal.Signal;
import dev.tandem.testing.WithTandemInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Signals through the embedded broker into the running service, a poll at a time in one transaction, each applied once
 * with the rules evaluated on it: the end-to-end rate, which the database bounds. Not part of {@code verify}; run with
 * {@code -Dtest=EndToEndBenchmark -Dtandem.bench=true}.
 */
@QuarkusTest
@TestProfile(EndToEndBenchmark.ProductionCaching.class)
@WithTandemInfrastructure(database = "cta")
@EnabledIfSystemProperty(named = "tandem.bench", matches = "true")
class EndToEndBenchmark {

    /** Tests reload rules on every event to see changes at once; production caches them for seconds. */
    public static class ProductionCaching implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tandem.cta.rules.cache-ttl", "5s");
        }
    }

    private static final int RULES = 100;
    private static final int ACCOUNTS = 50;
    private static final int SIGNALS = 5_000;

    @Test
    void signalsPerSecondThroughTheService() {
        String plan = Fixtures.plan();
        for (int i = 0; i < RULES; i++) {
            // One rule in ten matches detractors; the rest look for tickets that never come.
            String filter = i % 10 == 0
                    ? "{\"type\": \"nps_response\", \"maxValue\": 6}"
                    : "{\"type\": \"ticket_opened\", \"properties\": {\"queue\": \"q" + i + "\"}}";
            Fixtures.rule("""
                    {"name": "bench %d %s", "scope": {"plans": ["%s"]},
                     "trigger": {"kind": "SIGNAL_MATCHED", "signal": %s},
                     "actions": [{"kind": "CREATE_CTA", "ctaType": "RISK", "reason": "bench %d"}]}
                    """.formatted(i, plan, plan, filter, i));
        }
        List<UUID> accounts = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            accounts.add(Fixtures.account(plan, "csm-bench"));
        }

        long before = Fixtures.count("SELECT count(*) FROM processed_event WHERE consumer = 'cta-signals'");
        Instant start = Instant.now();
        for (int i = 0; i < SIGNALS; i++) {
            UUID account = accounts.get(i % ACCOUNTS);
            Fixtures.send(new Signal(
                    UUID.randomUUID().toString(),
                    Fixtures.externalId(account),
                    null,
                    "nps_response",
                    null,
                    Instant.now(),
                    (double) (i % 11),
                    Map.of()));
        }
        double sending = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() ->
                        Fixtures.count("SELECT count(*) FROM processed_event WHERE consumer = 'cta-signals'") - before
                                >= SIGNALS);
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        System.out.printf(
                "end to end: %d signals x %d rules in %.1f s (sending took %.1f s) = %.0f signals/s,"
                        + " %.0f rules x signals/s%n",
                SIGNALS, RULES, seconds, sending, SIGNALS / seconds, SIGNALS * RULES / seconds);
    }
}
