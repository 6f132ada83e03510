package dev.tandem.simulator.run;

import dev.tandem.simulator.model.Change;
import dev.tandem.simulator.model.DayPlan;
import dev.tandem.simulator.model.SignalDraft;
import dev.tandem.simulator.model.Simulation;
import dev.tandem.simulator.platform.BulkImport;
import dev.tandem.simulator.platform.IntegratorApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.IntConsumer;

/**
 * Sends a simulation's history as fast as the platform accepts it. The days before the signals' window go as a
 * vendor's history does ({@link History}: bulk imports and daily metric rows). In the window each day's changes go
 * first, one account's in order and accounts side by side; signals go in full batches, several in flight, without
 * waiting for the day to end: the platform counts a signal whether or not it knows the account yet.
 */
public final class Backfill {

    /** More changes than this in a day go through the bulk import. */
    private static final int BULK_FROM = 100;

    private final IntegratorApi api;
    private final BulkImport bulkImport;
    private final int parallelism;
    private final ProgressMeter meter;
    private final IntConsumer afterDay;

    /**
     * @param parallelism requests in flight at once
     * @param afterDay called with the day once its changes are in, before any later day's
     */
    public Backfill(
            IntegratorApi api, BulkImport bulkImport, int parallelism, ProgressMeter meter, IntConsumer afterDay) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        this.api = api;
        this.bulkImport = bulkImport;
        this.parallelism = parallelism;
        this.meter = meter;
        this.afterDay = afterDay;
    }

    public void run(Simulation simulation) {
        ExecutorService senders = Executors.newFixedThreadPool(parallelism, runnable -> {
            Thread thread = new Thread(runnable, "simulator-sender");
            thread.setDaemon(true);
            return thread;
        });
        Semaphore inFlight = new Semaphore(parallelism);
        List<CompletableFuture<Void>> batches = new ArrayList<>();
        List<SignalDraft> pending = new ArrayList<>();
        int days = simulation.settings().days();
        History history = new History(bulkImport, meter);
        try {
            while (simulation.hasNextDay()) {
                DayPlan day = simulation.nextDay();
                if (day.history()) {
                    history.add(day);
                    afterDay.accept(day.day());
                    meter.maybePrint(day.day() + 1, days, "day");
                    continue;
                }
                if (!history.isEmpty()
                        && day.day() == days - simulation.settings().signalDays()) {
                    history.send();
                }
                if (day.changes().size() > BULK_FROM) {
                    // The first day is the integration's first sync, everything there is at once; other busy days
                    // go the same way, since one PUT per change is held to the integrator rate limit.
                    bulkImport.apply(day.changes());
                    day.changes().forEach(change -> meter.changeApplied());
                } else {
                    applyChanges(day, senders, inFlight);
                }
                afterDay.accept(day.day());
                pending.addAll(day.signals());
                while (pending.size() >= IntegratorApi.MAX_SIGNAL_BATCH) {
                    List<SignalDraft> batch = new ArrayList<>(pending.subList(0, IntegratorApi.MAX_SIGNAL_BATCH));
                    pending.subList(0, IntegratorApi.MAX_SIGNAL_BATCH).clear();
                    batches.add(sendBatch(batch, senders, inFlight));
                }
                // A failed batch ends the run now rather than after the last day.
                batches.stream().filter(CompletableFuture::isDone).forEach(CompletableFuture::join);
                batches.removeIf(CompletableFuture::isDone);
                meter.maybePrint(day.day() + 1, days, "day");
            }
            if (!pending.isEmpty()) {
                batches.add(sendBatch(List.copyOf(pending), senders, inFlight));
            }
            CompletableFuture.allOf(batches.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            senders.shutdownNow();
        }
    }

    private void applyChanges(DayPlan day, ExecutorService senders, Semaphore inFlight) {
        Map<String, List<Change>> byAccount = new LinkedHashMap<>();
        day.changes()
                .forEach(change -> byAccount
                        .computeIfAbsent(change.accountId(), account -> new ArrayList<>())
                        .add(change));
        List<CompletableFuture<Void>> accounts = new ArrayList<>();
        for (List<Change> changes : byAccount.values()) {
            acquire(inFlight);
            accounts.add(CompletableFuture.runAsync(
                    () -> {
                        try {
                            for (Change change : changes) {
                                api.apply(change);
                                meter.changeApplied();
                            }
                        } finally {
                            inFlight.release();
                        }
                    },
                    senders));
        }
        // A later day may change the same account: its changes wait for this day's.
        CompletableFuture.allOf(accounts.toArray(CompletableFuture[]::new)).join();
    }

    private CompletableFuture<Void> sendBatch(List<SignalDraft> batch, ExecutorService senders, Semaphore inFlight) {
        acquire(inFlight);
        return CompletableFuture.runAsync(
                () -> {
                    try {
                        api.send(batch);
                        meter.signalsSent(batch.size());
                    } finally {
                        inFlight.release();
                    }
                },
                senders);
    }

    private static void acquire(Semaphore inFlight) {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during the backfill", e);
        }
    }
}
