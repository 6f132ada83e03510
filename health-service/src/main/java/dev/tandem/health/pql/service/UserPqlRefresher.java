package dev.tandem.health.pql.service;

import dev.tandem.health.pql.domain.EndUser;
import dev.tandem.health.pql.repository.UserPqlDirty;
import dev.tandem.health.pql.repository.UserPqlDirty.Claim;
import dev.tandem.health.score.config.ScoreConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rescores the PQL of end users whose aggregates changed, shortly after, as {@code ScoreRefresher} does for accounts:
 * signals mark a user, this job scores each marked user once however many signals came, a batch claimed at a time.
 */
@ApplicationScoped
public class UserPqlRefresher {

    /** The scheduler identity, e.g. to pause it. */
    public static final String JOB = "user-pql-refresh";

    private final UserPqlRescoring rescoring;
    private final UserPqlDirty dirty;
    private final ScoreConfig config;
    private final Clock clock;

    public UserPqlRefresher(UserPqlRescoring rescoring, UserPqlDirty dirty, ScoreConfig config, Clock clock) {
        this.rescoring = rescoring;
        this.dirty = dirty;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(
            identity = JOB,
            every = "${tandem.scores.refresh-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        // A full batch means more are waiting: go again at once rather than a second later.
        return Multi.createBy()
                .repeating()
                .uni(this::refreshDue)
                .whilst(rescored -> rescored == config.batchSize())
                .collect()
                .last()
                .replaceWithVoid();
    }

    /** @return how many users were rescored */
    public Uni<Integer> refreshDue() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> dirty.claim(config.batchSize(), now, now.plus(config.claimLease())))
                .chain(claims -> claims.isEmpty()
                        ? Uni.createFrom().item(0)
                        : rescoreClaimed(claims).replaceWith(claims.size()));
    }

    /**
     * Rescores claimed users and ends their claims, in one transaction. Their marks are locked only once the scores are
     * computed, right before they are stored, so signals marking the same users wait at most for the storing.
     */
    private Uni<Void> rescoreClaimed(List<Claim> claims) {
        Map<EndUser, Long> held = new HashMap<>();
        return Panache.withTransaction(() -> rescoring
                        .rescore(
                                claims.stream().map(Claim::user).toList(),
                                scored ->
                                        dirty.hold(claims).invoke(held::putAll).map(Map::keySet))
                        .chain(() -> dirty.release(claims, held)))
                .onFailure()
                .call(() -> Panache.withTransaction(() -> dirty.unclaim(claims)));
    }
}
