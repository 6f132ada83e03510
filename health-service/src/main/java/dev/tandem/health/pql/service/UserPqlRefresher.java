package dev.tandem.health.pql.service;

import dev.tandem.health.pql.repository.UserPqlDirty;
import dev.tandem.health.score.config.ScoreConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Rescores the PQL of end users whose aggregates changed, shortly after, as {@code ScoreRefresher} does for accounts:
 * signals mark a user, this job scores each marked user once however many signals came, a batch per transaction.
 * Replicas share the work through {@code FOR UPDATE SKIP LOCKED}.
 */
@ApplicationScoped
public class UserPqlRefresher {

    /** The scheduler identity, e.g. to pause it. */
    public static final String JOB = "user-pql-refresh";

    private final UserPqlRescoring rescoring;
    private final UserPqlDirty dirty;
    private final ScoreConfig config;

    public UserPqlRefresher(UserPqlRescoring rescoring, UserPqlDirty dirty, ScoreConfig config) {
        this.rescoring = rescoring;
        this.dirty = dirty;
        this.config = config;
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
        return Panache.withTransaction(() -> dirty.claim(config.batchSize())
                .chain(users -> users.isEmpty()
                        ? Uni.createFrom().item(0)
                        : rescoring
                                .rescore(users)
                                .chain(() -> dirty.clear(users))
                                .replaceWith(users.size())));
    }
}
