package dev.tandem.health.history.service;

import dev.tandem.health.change.ChangeDrain;
import dev.tandem.health.change.HistoryChanges;
import dev.tandem.health.change.LiveRescoring;
import dev.tandem.health.domain.subject.AccountDay;
import dev.tandem.health.scoring.config.ScoringConfig;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Computes again the score history of accounts that received signals for past days (late signals, a backfill of
 * history), from the earliest such day to yesterday: today's score is the live one. Drains {@link HistoryChanges} as
 * the score refresher drains today's changes (see {@link ChangeDrain}), giving way to it: each batch waits a little
 * while today's scores are behind.
 */
@ApplicationScoped
public class HistoryRefresher {

    /** The scheduler identity, e.g. to pause it. */
    public static final String JOB = "score-history-refresh";

    private final ChangeDrain<AccountDay> drain;
    private final HistoryRebuild rebuild;
    private final Clock clock;

    public HistoryRefresher(
            HistoryRebuild rebuild, HistoryChanges changes, LiveRescoring live, ScoringConfig config, Clock clock) {
        this.rebuild = rebuild;
        this.clock = clock;
        // Past days can wait; today's scores cannot. Under a burst of backdated signals the rebuilds took two fifths of
        // the database's time, ahead of the aggregation and of the accounts' fresh scores.
        this.drain = new ChangeDrain<>(
                changes,
                this::rebuild,
                config.historyDrain(),
                clock,
                new ChangeDrain.GiveWay(live::behind, config.historyGiveWay()));
    }

    @Scheduled(
            identity = JOB,
            every = "${tandem.scores.history-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return drain.drain();
    }

    private Uni<Integer> rebuild(List<AccountDay> from) {
        return rebuild.rebuild(
                from, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1));
    }
}
