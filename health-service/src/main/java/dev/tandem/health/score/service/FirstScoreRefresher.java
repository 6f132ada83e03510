package dev.tandem.health.score.service;

import dev.tandem.health.change.ChangeDrain;
import dev.tandem.health.change.FirstScores;
import dev.tandem.health.scoring.config.ScoringConfig;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Scores accounts that have never been scored, newest first, beside the {@link ScoreRefresher}: under a backlog of
 * rescorings a new account would otherwise wait for all of it. Small claims keep a round short; what it leaves behind
 * is rescored by the refresher anyway.
 */
@ApplicationScoped
public class FirstScoreRefresher {

    /** The scheduler identity, e.g. to pause it. */
    public static final String JOB = "first-score-refresh";

    private final ChangeDrain<String> drain;

    public FirstScoreRefresher(AccountHealth health, FirstScores changes, ScoringConfig config, Clock clock) {
        this.drain = new ChangeDrain<>(changes, health::rescore, config.firstScoreDrain(), clock);
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
