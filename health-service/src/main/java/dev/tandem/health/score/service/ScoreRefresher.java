package dev.tandem.health.score.service;

import dev.tandem.health.change.AccountChanges;
import dev.tandem.health.change.ChangeDrain;
import dev.tandem.health.scoring.config.ScoringConfig;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Rescores the accounts whose aggregates changed, shortly after: each change records the accounts it touched, and this
 * job drains them, scoring each account they name once however many signals came (see {@link ChangeDrain}).
 */
@ApplicationScoped
public class ScoreRefresher {

    /** The scheduler identity, e.g. to pause it. */
    public static final String JOB = "score-refresh";

    private final ChangeDrain<String> drain;

    public ScoreRefresher(AccountHealth health, AccountChanges changes, ScoringConfig config, Clock clock) {
        this.drain = new ChangeDrain<>(changes, health::rescore, config.drain(), clock);
    }

    @Scheduled(
            identity = JOB,
            every = "${tandem.scores.refresh-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return drain.drain();
    }
}
