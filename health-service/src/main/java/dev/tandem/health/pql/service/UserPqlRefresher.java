package dev.tandem.health.pql.service;

import dev.tandem.health.change.ChangeDrain;
import dev.tandem.health.change.UserChanges;
import dev.tandem.health.domain.subject.AccountUser;
import dev.tandem.health.scoring.config.ScoringConfig;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Rescores the PQL of end users whose aggregates changed, shortly after, as {@code ScoreRefresher} does for accounts:
 * signals record a change naming their users, and this job drains them, scoring each user named once however many
 * signals came (see {@link ChangeDrain}).
 */
@ApplicationScoped
public class UserPqlRefresher {

    /** The scheduler identity, e.g. to pause it. */
    public static final String JOB = "user-pql-refresh";

    private final ChangeDrain<AccountUser> drain;

    public UserPqlRefresher(UserPql users, UserChanges changes, ScoringConfig config, Clock clock) {
        this.drain = new ChangeDrain<>(changes, users::rescore, config.drain(), clock);
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
