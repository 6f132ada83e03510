package dev.tandem.health;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tandem.simulator.model.SignalDraft;
import dev.tandem.simulator.model.Simulation;
import dev.tandem.simulator.model.SimulationSettings;
import dev.tandem.simulator.platform.PlatformClient;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Drives the running service with the simulator's signals of 100,000 accounts, through the REST ingest, the broker, the
 * aggregates and the scores, and prints: accepted signals/s, signals/s aggregated end to end, freshness (signal accepted
 * until the account's score is stored) p50/p99 under that load, and the time to rescore every account after a
 * scorecard change. Not part of {@code verify}: {@code ./mvnw -f health-service/pom.xml verify -Pbenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
@WithTandemInfrastructure(database = "health")
class SignalBenchmark {

    private static final int ACCOUNTS = Integer.getInteger("benchmark.accounts", 100_000);
    private static final int SIGNALS = Integer.getInteger("benchmark.signals", 1_000_000);
    private static final int BATCH = 1_000;
    private static final int SENDERS = 4;
    /** Days of the simulated history, ending today; the load is its first days, as many as SIGNALS takes. */
    private static final int HISTORY_DAYS = 20;

    @Test
    void signalsEndToEndFreshnessAndAFullRescore() throws Exception {
        announceAccounts();
        List<List<SignalDraft>> batches = simulatedLoad();
        long sent = (long) batches.size() * BATCH;
        long aggregatedBefore = aggregatedSignals();

        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS + 1);
        Future<List<Long>> probes = pool.submit(() -> probeFreshness(loading));
        long started = System.nanoTime();
        List<Future<?>> senders = new ArrayList<>();
        for (int sender = 0; sender < SENDERS; sender++) {
            int first = sender;
            senders.add(pool.submit(() -> send(first, batches)));
        }
        for (Future<?> sender : senders) {
            sender.get();
        }
        double ingestSeconds = seconds(started);
        await().atMost(Duration.ofMinutes(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> aggregatedSignals() - aggregatedBefore >= sent);
        double endToEndSeconds = seconds(started);
        loading.set(false);
        List<Long> freshness = new ArrayList<>(probes.get());
        pool.shutdown();
        Collections.sort(freshness);

        double rescoreSeconds = rescoreAll();

        System.out.printf(
                "%n=== Signal benchmark: %,d signals over %,d accounts, %d senders of %,d-signal batches ===%n"
                        + "REST ingest:  %,.0f signals/s accepted (202 after Kafka acks=all)%n"
                        + "end to end:   %,.0f signals/s aggregated (accepted -> daily aggregates committed)%n"
                        + "freshness:    p50 %,d ms, p99 %,d ms, max %,d ms over %d probes under load"
                        + " (signal accepted -> score stored)%n"
                        + "rescore all:  %,d accounts in %.1f s after a scorecard change%n%n",
                sent,
                ACCOUNTS,
                SENDERS,
                BATCH,
                sent / ingestSeconds,
                sent / endToEndSeconds,
                percentile(freshness, 50),
                percentile(freshness, 99),
                freshness.isEmpty() ? 0 : freshness.get(freshness.size() - 1),
                freshness.size(),
                scoredAccounts(),
                rescoreSeconds);
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
        List<SignalDraft> signals = new ArrayList<>(SIGNALS);
        while (signals.size() < SIGNALS && simulation.hasNextDay()) {
            signals.addAll(simulation.nextDay().signals());
        }
        // A day's signals come account by account: shuffled, each batch spreads over accounts as live traffic does.
        Collections.shuffle(signals, new java.util.Random(42));
        List<List<SignalDraft>> batches = new ArrayList<>();
        for (int from = 0; from + BATCH <= Math.min(signals.size(), SIGNALS); from += BATCH) {
            batches.add(signals.subList(from, from + BATCH));
        }
        return batches;
    }

    /** Sends every SENDERS-th batch from {@code first}. */
    private void send(int first, List<List<SignalDraft>> batches) {
        for (int b = first; b < batches.size(); b += SENDERS) {
            try {
                post("benchmark-" + first, PlatformClient.json().writeValueAsString(Map.of("signals", batches.get(b))));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** While the load runs, a fresh account's first signal, timed until its score is stored. */
    private List<Long> probeFreshness(AtomicBoolean loading) throws Exception {
        List<Long> millis = new ArrayList<>();
        try (Connection db = database()) {
            while (loading.get()) {
                String account = "probe-" + UUID.randomUUID();
                post(
                        "benchmark-probe",
                        "{\"signals\": [{\"eventId\": \"%s\", \"accountId\": \"%s\", \"userId\": \"p\", \"type\": \"login\","
                                        .formatted(UUID.randomUUID(), account)
                                + " \"occurredAt\": \"" + Instant.now() + "\"}]}");
                long accepted = System.nanoTime();
                while (loading.get() && !scored(db, account)) {
                    Thread.sleep(20);
                }
                if (loading.get()) {
                    millis.add((System.nanoTime() - accepted) / 1_000_000);
                }
            }
        }
        return millis;
    }

    /** Changes a DEAR weight and times the rescoring of every account it queues. */
    private double rescoreAll() {
        String dear = "00000000-0000-0000-0000-00000000dea1";
        JsonPath current = Api.as(TestTokens.CS_ADMIN)
                .get("/api/v1/scorecards/{id}", dear)
                .then()
                .extract()
                .jsonPath();
        String body = Api.as(TestTokens.CS_ADMIN)
                .get("/api/v1/scorecards/{id}", dear)
                .then()
                .extract()
                .asString()
                .replaceFirst("\"weight\":30(\\.0+)?,", "\"weight\":35,")
                .replaceFirst("\\{", "{\"version\":" + current.getInt("version") + ",");
        long started = System.nanoTime();
        String job = Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/scorecards/{id}", dear)
                .then()
                .statusCode(200)
                .extract()
                .path("rescore.id");
        await().atMost(Duration.ofMinutes(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> "COMPLETED"
                        .equals(Api.as(TestTokens.CS_ADMIN)
                                .get("/api/v1/rescore-jobs/{id}", job)
                                .then()
                                .extract()
                                .path("status")));
        return seconds(started);
    }

    /** Each sender is a client of its own: integrators are rate limited per client. */
    private static void post(String client, String body) {
        Api.asClient(client)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/signals")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(202);
    }

    /** The simulator's id of its account number {@code i}, counting from 0. */
    private static String accountId(int i) {
        return "bench-%06d".formatted(i + 1);
    }

    private static boolean scored(Connection db, String account) throws SQLException {
        try (var statement = db.prepareStatement("SELECT 1 FROM health_score WHERE account_external_id = ?")) {
            statement.setString(1, account);
            return statement.executeQuery().next();
        }
    }

    private static long aggregatedSignals() throws SQLException {
        return count("SELECT coalesce(sum(signals), 0) FROM account_day");
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
