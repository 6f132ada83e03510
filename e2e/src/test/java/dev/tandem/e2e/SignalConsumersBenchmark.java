package dev.tandem.e2e;

import dev.tandem.simulator.model.AccountTruth;
import dev.tandem.simulator.model.SimulationSettings;
import dev.tandem.simulator.platform.PlatformClient;
import dev.tandem.simulator.platform.TokenSource;
import dev.tandem.simulator.run.Credentials;
import dev.tandem.simulator.run.SimulatorRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Whether every consumer of {@code signals.raw} keeps up: a burst of signals for a simulated company's accounts, sent
 * through health-service's REST ingest as fast as a few integrators can, then each consumer group's lag when the last
 * batch was accepted and how long after that it caught up (its committed offsets reached the end of the topic: they
 * are committed every few seconds, so this is late by up to that). health-service aggregates the signals, cta-service
 * runs its usage rules on them, content-service follows content views and milestones.
 *
 * <p>{@code ./mvnw -f e2e/pom.xml verify -Pbenchmark -Dtest=SignalConsumersBenchmark} (after {@code ./mvnw install
 * -DskipTests}); sizes with {@code -Dtandem.bench.accounts}, {@code -Dtandem.bench.signals-per-account}.
 */
@Tag("benchmark")
class SignalConsumersBenchmark {

    private static final int ACCOUNTS = Integer.getInteger("tandem.bench.accounts", 200);
    private static final int PER_ACCOUNT = Integer.getInteger("tandem.bench.signals-per-account", 1_000);
    private static final int BATCH = 1_000;
    private static final int SENDERS = 4;
    private static final List<String> GROUPS = List.of("health-service", "cta-service", "content-service");
    private static final String TOPIC = "signals.raw";
    private static final Duration PATIENCE = Duration.ofMinutes(30);

    @Test
    void each_consumer_groups_lag_at_the_end_of_a_burst_and_its_time_to_catch_up() throws Exception {
        LocalStack stack = LocalStack.shared();
        Credentials credentials = Credentials.localStack();
        List<String> accounts = seed(stack, credentials);
        ConsumerLag lag = new ConsumerLag(stack.kafkaBootstrapServers());
        long lagLeft = lag.awaitCaughtUp(Duration.ofMinutes(15));
        System.out.printf("Consumers caught up after the seeding (records left behind: %,d)%n", lagLeft);

        TokenSource tokens = TokenSource.clientCredentials(
                PlatformClient.newHttpClient(),
                stack.endpoints().tokenEndpoint(),
                credentials.integratorClient(),
                credentials.integratorSecret());
        SignalSender sender = new SignalSender(
                PlatformClient.newHttpClient(), tokens, stack.endpoints().health(), PATIENCE);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<List<Map<String, Object>>> batches =
                SignalStream.of("burst-" + run, accounts, PER_ACCOUNT).batches(BATCH, 0, 7);
        long signals = batches.stream().mapToLong(List::size).sum();

        long started = System.nanoTime();
        send(sender, batches);
        long ingestEnded = System.nanoTime();
        double ingestSeconds = (ingestEnded - started) / 1e9;
        Map<String, OptionalLong> atIngestEnd = new LinkedHashMap<>();
        GROUPS.forEach(group -> atIngestEnd.put(group, lag.behind(TOPIC, group)));
        String loadAtIngestEnd = loadAverage();

        Map<String, Double> caughtUp = new LinkedHashMap<>();
        long deadline = ingestEnded + PATIENCE.toNanos();
        while (caughtUp.size() < GROUPS.size() && System.nanoTime() < deadline) {
            for (String group : GROUPS) {
                if (!caughtUp.containsKey(group) && lag.behind(TOPIC, group).orElse(Long.MAX_VALUE) == 0) {
                    caughtUp.put(group, (System.nanoTime() - ingestEnded) / 1e9);
                }
            }
            Thread.sleep(500);
        }

        System.out.printf(
                "%n=== Signal consumers benchmark ===%n%,d signals over %,d accounts through the REST ingest in %.1f s"
                        + " (%,.0f signals/s, %d senders, batches of %,d); load average at the ingest's end %s,"
                        + " at the end %s%n",
                signals,
                accounts.size(),
                ingestSeconds,
                signals / ingestSeconds,
                SENDERS,
                BATCH,
                loadAtIngestEnd,
                loadAverage());
        System.out.printf(
                "%-16s %22s %22s %24s%n", "group", "lag at ingest end", "caught up after (s)", "signals/s end to end");
        for (String group : GROUPS) {
            Double after = caughtUp.get(group);
            System.out.printf(
                    "%-16s %22s %22s %24s%n",
                    group,
                    atIngestEnd.get(group).isPresent()
                            ? "%,d".formatted(atIngestEnd.get(group).getAsLong())
                            : "not consuming",
                    after == null ? "not within " + PATIENCE.toMinutes() + " min" : "%.1f".formatted(after),
                    after == null ? "-" : "%,.0f".formatted(signals / (ingestSeconds + after)));
        }
    }

    /** A simulated company, sent as integrators would; returns its accounts. */
    private static List<String> seed(LocalStack stack, Credentials credentials) {
        SimulationSettings settings = new SimulationSettings(13, ACCOUNTS, 30, 0.25, 0.5, "lag", Instant.now());
        SimulatorRun simulation = new SimulatorRun(settings, stack.endpoints(), credentials, System.out);
        simulation.configure();
        List<AccountTruth> truth = simulation
                .backfill(Path.of("target/consumers-ground-truth.csv"))
                .truth();
        simulation.awaitCounted(truth, Duration.ofMinutes(5));
        return truth.stream().map(AccountTruth::accountId).toList();
    }

    /** Sends every batch, {@link #SENDERS} at a time, each until it is accepted. */
    private static void send(SignalSender sender, List<List<Map<String, Object>>> batches) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        AtomicInteger next = new AtomicInteger();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < SENDERS; i++) {
                running.add(senders.submit(() -> {
                    for (int batch = next.getAndIncrement(); batch < batches.size(); batch = next.getAndIncrement()) {
                        sender.send(batches.get(batch));
                    }
                }));
            }
            for (Future<?> sending : running) {
                sending.get();
            }
        } finally {
            senders.shutdownNow();
        }
    }

    /** The machine's load averages over 1, 5 and 15 minutes: the stack shares it with whatever else runs. */
    private static String loadAverage() {
        try {
            String[] averages = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return averages[0] + " " + averages[1] + " " + averages[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
