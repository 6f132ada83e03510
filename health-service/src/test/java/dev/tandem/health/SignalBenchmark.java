package dev.tandem.health;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tandem.simulator.model.SignalDraft;
import dev.tandem.simulator.model.Simulation;
import dev.tandem.simulator.model.SimulationSettings;
import dev.tandem.simulator.platform.PlatformClient;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.ConsumerLag;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.pollinterval.PollInterval;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Drives the running service with the simulator's signals of 100,000 accounts, through the REST ingest, the broker, the
 * aggregates and the scores, and prints: accepted signals/s, signals/s aggregated end to end, freshness (signal accepted
 * until the account's score is stored) p50/p99 under a burst of a million signals sent as fast as the ingest takes
 * them and under a steady load below the aggregation's capacity, and the time to rescore every account after a
 * scorecard change. Not part of {@code verify}: {@code ./mvnw -f health-service/pom.xml verify -Pbenchmark}
 * ({@code -Dbenchmark.signals}, {@code -Dbenchmark.paced-rate}, {@code -Dbenchmark.accounts} and
 * {@code -Dbenchmark.warm-up-signals} change the load).
 */
@QuarkusTest
@Tag("benchmark")
@WithTandemInfrastructure(database = "health")
class SignalBenchmark {

    private static final int ACCOUNTS = Integer.getInteger("benchmark.accounts", 100_000);
    private static final int SIGNALS = Integer.getInteger("benchmark.signals", 1_000_000);
    private static final int BATCH = 1_000;
    private static final int SENDERS = 4;
    /**
     * Batches sent first and left out of the figures, while the JIT compiles the service's paths. Paths taken once a
     * statement or a poll (not once a signal) reach the JIT's thresholds only after some hundred thousand signals: with
     * 50,000 the compiler threads still took a fifth of the machine during the measured burst.
     */
    private static final int WARM_UP_BATCHES = Integer.getInteger("benchmark.warm-up-signals", 250_000) / BATCH;
    /** The steady load's rate, and how many signals it sends (at the rate, 60 s by default). */
    private static final int PACED_RATE = Integer.getInteger("benchmark.paced-rate", 3_000);

    private static final int PACED_SIGNALS = Integer.getInteger("benchmark.paced-signals", PACED_RATE * 60);
    /**
     * How often the aggregated signals are counted while waiting for them outside the measured burst: a count scans
     * account_day, a quarter of a second of the database's time late in a run.
     */
    private static final Duration COUNT_EVERY = Duration.ofSeconds(1);

    private static final Duration TOKEN_RENEWAL = Duration.ofMinutes(1);
    private static final Map<String, IssuedToken> TOKENS = new ConcurrentHashMap<>();
    /** Days of the simulated history, ending today; the load is its first days, as many as it takes. */
    private static final int HISTORY_DAYS = 20;

    @TestHTTPResource("/api/v1/signals")
    URI signalsEndpoint;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void signalsEndToEndFreshnessAndAFullRescore() throws Exception {
        announceAccounts();
        boolean statementStatistics = startStatementStatistics();
        // Serialized before the clock starts: the load generator shares the machine and should cost it little.
        List<byte[]> bodies =
                simulatedLoad().stream().map(SignalBenchmark::body).toList();
        List<byte[]> warmUp = bodies.subList(0, WARM_UP_BATCHES);
        List<byte[]> burst = bodies.subList(WARM_UP_BATCHES, WARM_UP_BATCHES + SIGNALS / BATCH);
        List<byte[]> paced = bodies.subList(WARM_UP_BATCHES + SIGNALS / BATCH, bodies.size());

        // The JIT compiles the service's paths during the first signals; the figures are of the service warmed up.
        long counted = aggregatedSignals();
        sendAtFullSpeed(warmUp);
        awaitCountedAndScored(counted + (long) warmUp.size() * BATCH);

        ExecutorService pool = Executors.newFixedThreadPool(SENDERS + 1);
        long aggregatedBefore = aggregatedSignals();
        long sent = (long) burst.size() * BATCH;
        FreshnessProbes burstProbes = new FreshnessProbes();
        Future<?> probing = pool.submit(burstProbes::runWhileLoading);
        long started = System.nanoTime();
        Instant burstStarted = Instant.now();
        List<Future<?>> senders = new ArrayList<>();
        for (int sender = 0; sender < SENDERS; sender++) {
            int first = sender;
            senders.add(pool.submit(() -> send(first, burst)));
        }
        for (Future<?> sender : senders) {
            sender.get();
        }
        double ingestSeconds = seconds(started);
        Instant burstIngestEnded = Instant.now();
        long aggregatedAtIngestEnd = aggregatedSignals() - aggregatedBefore;
        long ingestEnded = System.nanoTime();
        Future<List<String>> catchingUp = pool.submit(() -> catchUp(ingestEnded));
        CountingPace pace = new CountingPace(sent, started);
        await().atMost(Duration.ofMinutes(30))
                .pollInterval(pace)
                .until(() -> pace.counted(aggregatedSignals() - aggregatedBefore) >= sent);
        double endToEndSeconds = seconds(started);
        double drainSeconds = seconds(ingestEnded);
        burstProbes.stop();
        probing.get();
        List<Long> burstFreshness = burstProbes.waitForTheRest(Duration.ofMinutes(10));
        awaitCountedAndScored(aggregatedBefore + sent);
        List<String> consumersCatchingUp = catchingUp.get();
        Instant burstEnded = Instant.now();

        // A steady load the aggregation keeps up with: how fresh scores stay in normal operation.
        FreshnessProbes pacedProbes = new FreshnessProbes();
        probing = pool.submit(pacedProbes::runWhileLoading);
        Instant pacedStarted = Instant.now();
        double pacedSeconds = sendPaced(paced, PACED_RATE);
        pacedProbes.stop();
        probing.get();
        List<Long> pacedFreshness = pacedProbes.waitForTheRest(Duration.ofMinutes(10));
        pool.shutdown();

        System.out.printf(
                "%n=== Signal benchmark: %,d accounts; %,d signals sent at once by %d senders in %,d-signal batches,"
                        + " after %,d to warm up ===%n"
                        + "REST ingest:  %,.0f signals/s accepted (202 after Kafka acks=all)%n"
                        + "end to end:   %,.0f signals/s aggregated (accepted -> daily aggregates committed)%n"
                        + "aggregation:  %,.0f signals/s while the ingest ran, %,.0f signals/s after it ended%n"
                        + "freshness:    p50 %,d ms, p99 %,d ms, max %,d ms over %d probes during that burst"
                        + " (signal accepted -> score stored), %d never scored%n"
                        + "steady load:  %,d signals at %,d signals/s for %.0f s: freshness p50 %,d ms, p99 %,d ms,"
                        + " max %,d ms over %d probes, %d never scored%n",
                ACCOUNTS,
                sent,
                SENDERS,
                BATCH,
                (long) warmUp.size() * BATCH,
                sent / ingestSeconds,
                sent / endToEndSeconds,
                aggregatedAtIngestEnd / ingestSeconds,
                (sent - aggregatedAtIngestEnd) / drainSeconds,
                percentile(burstFreshness, 50),
                percentile(burstFreshness, 99),
                max(burstFreshness),
                burstFreshness.size(),
                burstProbes.unscored(),
                (long) paced.size() * BATCH,
                PACED_RATE,
                pacedSeconds,
                percentile(pacedFreshness, 50),
                percentile(pacedFreshness, 99),
                max(pacedFreshness),
                pacedFreshness.size(),
                pacedProbes.unscored());
        System.out.println("consumer groups on signals.raw when the burst's ingest ended (records behind, then"
                + " how long after the ingest ended the group's committed offsets reached the end):");
        consumersCatchingUp.forEach(System.out::println);
        if (statementStatistics) {
            printStatementStatistics();
            startStatementStatistics();
        }
        Instant rescoreStarted = Instant.now();
        FullRescore.Timed rescored = FullRescore.afterWeightChange(35, Duration.ofMillis(250));
        Instant rescoreEnded = Instant.now();

        System.out.printf(
                "rescore all:  %,d accounts in %.1f s after a scorecard change (%,d of them with a score)%n",
                rescored.accounts(), rescored.seconds(), scoredAccounts());
        // To cut a CPU profile (JFR) or a monitor's log into the phases measured.
        System.out.printf(
                "phases (epoch s): burst %d-%d (ingest until %d), steady %d-%d, rescore %d-%d%n",
                burstStarted.getEpochSecond(),
                burstEnded.getEpochSecond(),
                burstIngestEnded.getEpochSecond(),
                pacedStarted.getEpochSecond(),
                rescoreStarted.getEpochSecond(),
                rescoreStarted.getEpochSecond(),
                rescoreEnded.getEpochSecond());
        if (statementStatistics) {
            System.out.println("--- the rescoring of every account alone:");
            printStatementStatistics();
        }
    }

    /**
     * Each consumer group of {@code signals.raw}: how far behind it was when the burst's ingest ended, and how long
     * after that its committed offsets reached the end of the topic (they are committed every few seconds, so this is
     * late by up to that). Only health-service's consumer runs in this JVM; cta-service's and content-service's groups
     * have committed nothing here and are reported as not running, not as keeping up.
     */
    private static List<String> catchUp(long ingestEndedNanos) throws InterruptedException {
        List<String> groups = List.of("health-service", "cta-service", "content-service");
        try (ConsumerLag lag =
                new ConsumerLag(EmbeddedInfrastructure.shared().kafka().bootstrapServers())) {
            Map<String, OptionalLong> behind = lag.of("signals.raw", groups);
            Map<String, Double> caughtUp = new LinkedHashMap<>();
            long deadline = ingestEndedNanos + Duration.ofMinutes(30).toNanos();
            while (System.nanoTime() < deadline) {
                lag.of("signals.raw", groups).forEach((group, now) -> {
                    if (now.isPresent() && now.getAsLong() == 0) {
                        caughtUp.putIfAbsent(group, seconds(ingestEndedNanos));
                    }
                });
                if (behind.entrySet().stream()
                        .allMatch(group -> group.getValue().isEmpty() || caughtUp.containsKey(group.getKey()))) {
                    break;
                }
                Thread.sleep(250);
            }
            return groups.stream()
                    .map(group -> behind.get(group).isEmpty()
                            ? "  %-16s not consuming in this JVM (no offsets committed)".formatted(group)
                            : "  %-16s %,9d records behind, caught up after %s"
                                    .formatted(
                                            group,
                                            behind.get(group).getAsLong(),
                                            caughtUp.containsKey(group)
                                                    ? "%.1f s".formatted(caughtUp.get(group))
                                                    : "more than 30 min"))
                    .toList();
        }
    }

    /**
     * Where the database's time goes, when the server was started with
     * {@code -Dtandem.postgres.settings=shared_preload_libraries=pg_stat_statements}; false otherwise.
     */
    static boolean startStatementStatistics() {
        try (Connection db = database()) {
            db.createStatement().execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            db.createStatement().execute("SELECT pg_stat_statements_reset()");
            return true;
        } catch (SQLException notPreloaded) {
            return false;
        }
    }

    static void printStatementStatistics() throws SQLException {
        try (Connection db = database();
                var top = db.createStatement().executeQuery("""
                        SELECT round(total_exec_time / 1000) AS seconds, calls, rows,
                               round((total_exec_time / calls)::numeric, 2) AS mean_ms,
                               regexp_replace(left(query, 110), '\\s+', ' ', 'g') AS query
                          FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 15
                        """)) {
            System.out.println("database time by statement (s, calls, rows, mean ms, statement):");
            while (top.next()) {
                System.out.printf(
                        "%6d %9d %11d %9s  %s%n",
                        top.getLong(1), top.getLong(2), top.getLong(3), top.getString(4), top.getString(5));
            }
        }
        try (Connection db = database();
                var tables = db.createStatement().executeQuery("""
                        SELECT relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del FROM pg_stat_user_tables
                         ORDER BY n_tup_ins + n_tup_upd + n_tup_del DESC LIMIT 10
                        """)) {
            System.out.println("rows written by table (inserted, updated, of them in place (HOT), deleted):");
            while (tables.next()) {
                System.out.printf(
                        "%-18s %11d %11d %11d %11d%n",
                        tables.getString(1),
                        tables.getLong(2),
                        tables.getLong(3),
                        tables.getLong(4),
                        tables.getLong(5));
            }
        }
    }

    private void sendAtFullSpeed(List<byte[]> bodies) {
        String token = TestTokens.forClient("benchmark-warm-up", TestTokens.INTEGRATOR);
        bodies.forEach(body -> post(token, body));
    }

    /** Sends the batches at {@code signalsPerSecond}; returns how long that took. */
    private double sendPaced(List<byte[]> bodies, int signalsPerSecond) throws InterruptedException {
        long interval = 1_000_000_000L * BATCH / signalsPerSecond;
        long started = System.nanoTime();
        for (int b = 0; b < bodies.size(); b++) {
            long due = started + b * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            post(token("benchmark-steady"), bodies.get(b));
        }
        return seconds(started);
    }

    /** Waits until {@code signals} signals are counted in all and no account waits to be rescored. */
    private static void awaitCountedAndScored(long signals) {
        await().atMost(Duration.ofMinutes(30))
                .pollInterval(COUNT_EVERY)
                .until(() -> aggregatedSignals() >= signals && count("SELECT count(*) FROM score_change") == 0);
    }

    /**
     * Seeds the account projection straight into the database, as account-service's events would leave it: what is
     * measured here is the signals' path, and 100,000 account events first would only lengthen the run.
     */
    private void announceAccounts() throws SQLException {
        try (Connection db = database();
                var insert = db.prepareStatement(
                        "INSERT INTO account_ref (account_id, external_id, plan, stage, touch_model, updated_at,"
                                + " created_on) VALUES (?, ?, ?, 'ADOPTION', 'LOW', now(), current_date)"
                                + " ON CONFLICT DO NOTHING")) {
            db.setAutoCommit(false);
            for (int i = 0; i < ACCOUNTS; i++) {
                insert.setObject(1, UUID.nameUUIDFromBytes(("bench-" + i).getBytes()));
                insert.setString(2, accountId(i));
                insert.setString(3, i % 5 == 0 ? "FREE" : "Growth");
                insert.addBatch();
                if (i % 1_000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            db.commit();
        }
    }

    /**
     * The simulator's customer base of {@code ACCOUNTS} accounts (the demo company's mix of hidden states, free
     * accounts and behaviour), its days lived until {@code SIGNALS} signals are drawn, in batches of {@code BATCH}.
     */
    private static List<List<SignalDraft>> simulatedLoad() {
        Simulation simulation = new Simulation(SimulationSettings.demo(Instant.now())
                .withSize(ACCOUNTS, HISTORY_DAYS)
                .withIdPrefix("bench"));
        int total = (WARM_UP_BATCHES * BATCH) + SIGNALS + PACED_SIGNALS;
        List<SignalDraft> signals = new ArrayList<>(total);
        while (signals.size() < total && simulation.hasNextDay()) {
            signals.addAll(simulation.nextDay().signals());
        }
        // A day's signals come account by account: shuffled, each batch spreads over accounts as live traffic does.
        Collections.shuffle(signals, new java.util.Random(42));
        List<List<SignalDraft>> batches = new ArrayList<>();
        for (int from = 0; from + BATCH <= Math.min(signals.size(), total); from += BATCH) {
            batches.add(signals.subList(from, from + BATCH));
        }
        return batches;
    }

    private static byte[] body(List<SignalDraft> batch) {
        try {
            return PlatformClient.json().writeValueAsBytes(Map.of("signals", batch));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends every SENDERS-th batch from {@code first}. */
    private void send(int first, List<byte[]> bodies) {
        for (int b = first; b < bodies.size(); b += SENDERS) {
            // Each sender is a client of its own (integrators are rate limited per client).
            post(token("benchmark-" + first), bodies.get(b));
        }
    }

    /**
     * The integrator client's current token, renewed each minute (test tokens live five): like a real client, which
     * keeps its token until it nears expiry, rather than signing one per request on the machine under test, which
     * cost the ingest about a twentieth of its CPU time.
     */
    private static String token(String client) {
        return TOKENS.compute(
                        client,
                        (name, issued) -> issued == null || issued.isOlderThan(TOKEN_RENEWAL)
                                ? new IssuedToken(TestTokens.forClient(name, TestTokens.INTEGRATOR), System.nanoTime())
                                : issued)
                .token();
    }

    private record IssuedToken(String token, long issuedAtNanos) {
        boolean isOlderThan(Duration age) {
            return System.nanoTime() - issuedAtNanos > age.toNanos();
        }
    }

    private void post(String token, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(signalsEndpoint)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                throw new IllegalStateException("Ingest answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * While the load runs, a brand-new account's first signal every {@code PROBE_EVERY}, each timed from its 202 until
     * its score is stored. Probes overlap, so a slow one does not thin out the sample; those still unscored when the
     * load ends are waited for, so slow probes are not left out of the percentiles.
     */
    private final class FreshnessProbes {

        private static final Duration PROBE_EVERY = Duration.ofMillis(250);

        private final Map<String, Long> pending = new ConcurrentHashMap<>();
        private final List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean loading = new AtomicBoolean(true);

        void runWhileLoading() {
            long nextProbe = System.nanoTime();
            try (Connection db = database()) {
                while (loading.get()) {
                    if (System.nanoTime() >= nextProbe) {
                        probe();
                        nextProbe += PROBE_EVERY.toNanos();
                    }
                    collectScored(db);
                    Thread.sleep(20);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void stop() {
            loading.set(false);
        }

        /** The sorted latencies of every probe, after waiting up to {@code atMost} for those not yet scored. */
        List<Long> waitForTheRest(Duration atMost) throws SQLException, InterruptedException {
            long deadline = System.nanoTime() + atMost.toNanos();
            try (Connection db = database()) {
                while (!pending.isEmpty() && System.nanoTime() < deadline) {
                    collectScored(db);
                    Thread.sleep(20);
                }
            }
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted;
        }

        int unscored() {
            return pending.size();
        }

        private void probe() {
            String account = "probe-" + UUID.randomUUID();
            post(
                    token("benchmark-probe"),
                    ("{\"signals\": [{\"eventId\": \"%s\", \"accountId\": \"%s\", \"userId\": \"p\","
                                    + " \"type\": \"login\", \"occurredAt\": \"%s\"}]}")
                            .formatted(UUID.randomUUID(), account, Instant.now())
                            .getBytes(StandardCharsets.UTF_8));
            pending.put(account, System.nanoTime());
        }

        private void collectScored(Connection db) throws SQLException {
            if (pending.isEmpty()) {
                return;
            }
            long now = System.nanoTime();
            try (var statement = db.prepareStatement(
                    "SELECT account_external_id FROM health_score WHERE account_external_id = ANY(?)")) {
                statement.setArray(1, db.createArrayOf("text", pending.keySet().toArray()));
                var scored = statement.executeQuery();
                while (scored.next()) {
                    Long accepted = pending.remove(scored.getString(1));
                    if (accepted != null) {
                        millis.add((now - accepted) / 1_000_000);
                    }
                }
            }
        }
    }

    /**
     * When to count the burst's aggregated signals again: every count scans account_day, which takes the database a
     * quarter of a second late in a run, from what is measured. So it counts rarely while much is left (every 5 s at
     * most) and often near the end (every 250 ms at least): half the time the rest would take at the rate so far.
     */
    private static final class CountingPace implements PollInterval {

        private final long target;
        private final long startedNanos;
        private volatile long counted;

        CountingPace(long target, long startedNanos) {
            this.target = target;
            this.startedNanos = startedNanos;
        }

        long counted(long signals) {
            counted = signals;
            return signals;
        }

        @Override
        public Duration next(int pollCount, Duration previous) {
            double perSecond = counted / seconds(startedNanos);
            if (perSecond <= 0) {
                return Duration.ofSeconds(1);
            }
            long halfTheRest = (long) ((target - counted) / perSecond * 500);
            return Duration.ofMillis(Math.max(250, Math.min(5_000, halfTheRest)));
        }
    }

    /** The simulator's id of its account number {@code i}, counting from 0. */
    private static String accountId(int i) {
        return "bench-%06d".formatted(i + 1);
    }

    private static long aggregatedSignals() throws SQLException {
        // The probes' own signals are not the load's.
        return count("SELECT coalesce(sum(signals), 0) FROM account_day WHERE account_external_id NOT LIKE 'probe-%'");
    }

    private static long scoredAccounts() throws SQLException {
        return count("SELECT count(*) FROM health_score");
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = database();
                var result = db.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(
                EmbeddedInfrastructure.shared().postgres().jdbcUrl("health"), "postgres", "");
    }

    private static long max(List<Long> sorted) {
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1);
    }

    private static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
