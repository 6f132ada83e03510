package dev.tandem.simulator.run;

import dev.tandem.simulator.model.AccountTruth;
import dev.tandem.simulator.model.GroundTruthFile;
import dev.tandem.simulator.model.SignalDraft;
import dev.tandem.simulator.model.Simulation;
import dev.tandem.simulator.model.SimulationSettings;
import dev.tandem.simulator.platform.BulkImport;
import dev.tandem.simulator.platform.Endpoints;
import dev.tandem.simulator.platform.IntegratorApi;
import dev.tandem.simulator.platform.PlatformClient;
import dev.tandem.simulator.platform.PlatformException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A simulated company against a running platform: configure it as a CS team would, backfill the history, then, if
 * asked, keep signals flowing live; afterwards wait for the platform to count everything and judge its scores against
 * the ground truth.
 */
public final class SimulatorRun {

    /** ARR from which the default bands make an account high or low touch: those get a CSM. */
    private static final BigDecimal CSM_FROM_ARR = BigDecimal.valueOf(10_000);

    private static final int PARALLELISM = 8;

    /** How long the health rules wait for the platform to count the history before they are switched on anyway. */
    private static final Duration HISTORY_COUNTED_PATIENCE = Duration.ofMinutes(10);

    private final Simulation simulation;
    private final Endpoints endpoints;
    private final PrintStream out;
    private final PlatformClient integrator;
    private final PlatformClient admin;
    private final HttpClient http;
    private final Credentials credentials;

    public SimulatorRun(SimulationSettings settings, Endpoints endpoints, Credentials credentials, PrintStream out) {
        this.simulation = new Simulation(settings);
        this.endpoints = endpoints;
        this.out = out;
        this.credentials = credentials;
        this.http = PlatformClient.newHttpClient();
        this.integrator = new PlatformClient(http, credentials.integrator(http, endpoints));
        this.admin = new PlatformClient(http, credentials.admin(http, endpoints));
    }

    /** Rules, an onboarding program and content, as the demo cs-admin; a second call adds nothing. */
    public void configure() {
        new DemoSetup(admin, endpoints).apply();
        out.println("Configured rules, the onboarding program, use cases and content.");
    }

    /**
     * Sends every simulated day; the first day's accounts get their CSMs before any later day is sent. Once the
     * platform has counted the history, the rule on health turning red is switched on, for the accounts Red then and
     * those turning Red after: scores computed while the history still streams in rest on part of it, and a rule on
     * them would open CTAs for accounts that only seem Red until the rest arrives.
     */
    public BackfillResult backfill(Path truthFile) {
        SimulationSettings settings = simulation.settings();
        out.printf(
                "Backfilling %,d accounts over %d days (seed %d) into %s%n",
                settings.accounts(), settings.days(), settings.seed(), endpoints.account());
        ProgressMeter meter = new ProgressMeter(out, "backfill");
        new Backfill(
                        new IntegratorApi(integrator, endpoints),
                        new BulkImport(integrator, endpoints),
                        PARALLELISM,
                        meter,
                        this::afterDay)
                .run(simulation);
        List<AccountTruth> truth = simulation.groundTruth();
        if (truthFile != null) {
            GroundTruthFile.write(truthFile, truth);
        }
        switchOnHealthRules(truth);
        int plans = new DemoPlans(admin, endpoints).apply();
        out.printf(
                "Made success plans for %,d high-touch accounts from the template \"%s\".%n",
                plans, DemoPlans.TEMPLATE);
        recordTouchpoints(truth);
        BackfillResult result = new BackfillResult(truth, meter.changes(), meter.signals(), meter.elapsed());
        out.println(result.summary() + (truthFile == null ? "" : "; ground truth in " + truthFile));
        return result;
    }

    /** Sends {@code rate} signals a second of live use for {@code duration}, printing progress. */
    public void live(int rate, Duration duration) {
        IntegratorApi api = new IntegratorApi(integrator, endpoints);
        ProgressMeter meter = new ProgressMeter(out, "live");
        long seconds = duration.toSeconds();
        long start = System.nanoTime();
        for (long tick = 0; tick < seconds; tick++) {
            List<SignalDraft> signals = simulation.liveSignals(tick, rate, Instant.now());
            for (int from = 0; from < signals.size(); from += IntegratorApi.MAX_SIGNAL_BATCH) {
                api.send(signals.subList(from, Math.min(signals.size(), from + IntegratorApi.MAX_SIGNAL_BATCH)));
            }
            meter.signalsSent(signals.size());
            meter.maybePrint(tick + 1, seconds, "second");
            long nextTick = start + (tick + 1) * 1_000_000_000L;
            long wait = nextTick - System.nanoTime();
            if (wait > 0) {
                sleepNanos(wait);
            }
        }
        out.println(meter.line(seconds, seconds, "second"));
    }

    /**
     * Waits until health-service has counted every signal sent for each account; returns the accounts still short
     * when {@code timeout} runs out (empty when all match).
     */
    public Map<String, long[]> awaitCounted(List<AccountTruth> truth, Duration timeout) {
        PlatformView view = new PlatformView(admin, endpoints);
        int days = simulation.settings().signalDays() + 1;
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, long[]> incomplete = new java.util.TreeMap<>();
        List<AccountTruth> waiting = new ArrayList<>(truth);
        while (true) {
            incomplete.clear();
            List<AccountTruth> still = new ArrayList<>();
            for (AccountTruth account : waiting) {
                long counted = view.signalsCounted(account.accountId(), days);
                if (counted != account.signals()) {
                    still.add(account);
                    incomplete.put(account.accountId(), new long[] {account.signals(), counted});
                }
            }
            waiting = still;
            if (waiting.isEmpty() || System.nanoTime() > deadline) {
                return incomplete;
            }
            out.printf("waiting for the platform to count: %,d accounts not yet complete%n", waiting.size());
            sleepNanos(Duration.ofSeconds(2).toNanos());
        }
    }

    /** The paying accounts' scores now, against the ground truth. */
    public ScoreReport judge(List<AccountTruth> truth) {
        PlatformView view = new PlatformView(admin, endpoints);
        List<ScoreReport.Scored> scored = new ArrayList<>();
        for (AccountTruth account : truth) {
            if (!account.startsFree()) {
                OptionalInt score = view.score(account.accountId());
                score.ifPresent(value -> scored.add(new ScoreReport.Scored(account, value)));
            }
        }
        return new ScoreReport(scored);
    }

    /** The CSMs get their accounts on the first day. */
    private void afterDay(int day) {
        if (day == 0) {
            assignCsms(simulation.groundTruth());
        }
    }

    private void switchOnHealthRules(List<AccountTruth> truth) {
        Map<String, long[]> uncounted = awaitCounted(truth, HISTORY_COUNTED_PATIENCE);
        new DemoSetup(admin, endpoints).switchOnHealthRules();
        out.printf(
                "Switched on the rule that opens a RISK CTA when an account's health turns red (history counted for"
                        + " %,d of %,d accounts).%n",
                truth.size() - uncounted.size(), truth.size());
    }

    /** The demo CSMs' calls, QBRs and e-mails with the accounts they were given. */
    private void recordTouchpoints(List<AccountTruth> truth) {
        List<AccountTruth> covered = truth.stream()
                .filter(account -> !account.startsFree() && account.arr().compareTo(CSM_FROM_ARR) >= 0)
                .toList();
        SimulationSettings settings = simulation.settings();
        TouchpointDiary diary = new TouchpointDiary(
                integrator,
                endpoints,
                settings.seed(),
                settings.now().atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                settings.days());
        try {
            int[] recorded = diary.record(covered, PARALLELISM);
            out.printf(
                    "Recorded %,d touchpoints of the demo CSMs (calls and QBRs for high touch, e-mails for low touch)%s.%n",
                    recorded[0],
                    recorded[1] == 0 ? "" : "; " + recorded[1] + " accounts skipped, not yet known to cta-service");
        } catch (java.util.concurrent.CompletionException | PlatformException e) {
            // The diary is the demo's colour, not its truth: the run and its judgement go on without it.
            out.println("Touchpoints not recorded: " + (e.getCause() == null ? e : e.getCause()).getMessage());
        }
    }

    private void assignCsms(List<AccountTruth> accounts) {
        String first = credentials.firstCsm(http, endpoints).subject();
        String second = credentials.secondCsm(http, endpoints).subject();
        List<AccountTruth> covered = accounts.stream()
                .filter(account -> !account.startsFree() && account.arr().compareTo(CSM_FROM_ARR) >= 0)
                .toList();
        ExecutorService patchers = Executors.newFixedThreadPool(PARALLELISM);
        try {
            List<CompletableFuture<Void>> patches = new ArrayList<>();
            for (int i = 0; i < covered.size(); i++) {
                String accountId = covered.get(i).accountId();
                String csm = i % 2 == 0 ? first : second;
                patches.add(CompletableFuture.runAsync(
                        () -> admin.patch(
                                endpoints.account().resolve("/api/v1/accounts/" + accountId), Map.of("csmId", csm)),
                        patchers));
            }
            CompletableFuture.allOf(patches.toArray(CompletableFuture[]::new)).join();
        } finally {
            patchers.shutdownNow();
        }
        out.printf("Assigned %,d high- and low-touch accounts to the demo CSMs.%n", covered.size());
    }

    private static void sleepNanos(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** What a backfill sent, and how long it took. */
    public record BackfillResult(List<AccountTruth> truth, long changes, long signals, Duration took) {

        public String summary() {
            return String.format(
                    "Backfill done: %,d accounts, %,d users, %,d changes and %,d signals in %s (%,.0f signals/s)",
                    truth.size(),
                    truth.stream().mapToInt(AccountTruth::users).sum(),
                    changes,
                    signals,
                    ProgressMeter.format(took),
                    signals / Math.max(1e-3, took.toNanos() / 1e9));
        }
    }
}
