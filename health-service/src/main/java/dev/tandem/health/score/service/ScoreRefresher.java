package dev.tandem.health.score.service;

import dev.tandem.health.change.repository.ChangeLog.Claimed;
import dev.tandem.health.change.service.ChangeRefresher;
import dev.tandem.health.score.config.ScoreConfig;
import dev.tandem.health.score.repository.ScoreChanges;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Rescores the accounts whose aggregates changed, shortly after: each change records the accounts it touched, and this
 * job claims the changes waiting and scores each account they name once, however many signals came (see
 * {@link ChangeRefresher}).
 */
@ApplicationScoped
public class ScoreRefresher {

    /** The scheduler identity, e.g. to pause it. */
    public static final String JOB = "score-refresh";

    private final ChangeRefresher<String> refresher;

    public ScoreRefresher(Rescoring rescoring, ScoreChanges changes, ScoreConfig config, Clock clock) {
        this.refresher = new ChangeRefresher<>(changes, rescoring::rescore, config, clock);
    }

    @Scheduled(
            identity = JOB,
            every = "${tandem.scores.refresh-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return refresher.drain();
    }

    /** See {@link ChangeRefresher#claimDue()}. */
    public Uni<Claimed<String>> claimDue() {
        return refresher.claimDue();
    }

    /** See {@link ChangeRefresher#rescoreClaimed(Claimed)}. */
    public Uni<Integer> rescoreClaimed(Claimed<String> claimed) {
        return refresher.rescoreClaimed(claimed);
    }
}
