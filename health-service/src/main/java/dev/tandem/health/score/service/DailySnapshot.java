package dev.tandem.health.score.service;

import dev.tandem.health.score.repository.ScoreHistoryWriter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Writes each account's score of the day, also on days its score did not move, so that a history has one point a day.
 * It runs hourly rather than once at midnight: a replica that was down at midnight fills the day in at its next run,
 * and a run on a day already written changes nothing.
 */
@ApplicationScoped
public class DailySnapshot {

    private final ScoreHistoryWriter store;
    private final Clock clock;

    public DailySnapshot(ScoreHistoryWriter store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(
            identity = "score-daily-snapshot",
            every = "${tandem.scores.snapshot-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return snapshotToday().replaceWithVoid();
    }

    /** @return how many accounts got their row for today */
    public Uni<Integer> snapshotToday() {
        return Panache.withTransaction(() -> store.snapshot(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
    }
}
