package dev.tandem.health.pql.service;

import dev.tandem.health.change.service.ChangeRefresher;
import dev.tandem.health.pql.domain.EndUser;
import dev.tandem.health.pql.repository.UserPqlChanges;
import dev.tandem.health.score.config.ScoreConfig;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Rescores the PQL of end users whose aggregates changed, shortly after, as {@code ScoreRefresher} does for accounts:
 * signals record a change naming their users, and this job scores each user named once however many signals came
 * (see {@link ChangeRefresher}).
 */
@ApplicationScoped
public class UserPqlRefresher {

    /** The scheduler identity, e.g. to pause it. */
    public static final String JOB = "user-pql-refresh";

    private final ChangeRefresher<EndUser> refresher;

    public UserPqlRefresher(UserPqlRescoring rescoring, UserPqlChanges changes, ScoreConfig config, Clock clock) {
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
}
