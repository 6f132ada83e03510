package dev.tandem.health.score.service;

import dev.tandem.health.score.config.ScoreConfig;
import dev.tandem.health.score.repository.ScoreStore;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Rescores the accounts whose aggregates changed, shortly after: signals mark an account, this job scores each marked
 * account once however many signals came. Replicas share the work through {@code FOR UPDATE SKIP LOCKED}.
 */
@ApplicationScoped
public class ScoreRefresher {

    /** The scheduler identity, e.g. to pause it. */
    public static final String JOB = "score-refresh";

    private final Rescoring rescoring;
    private final ScoreStore store;
    private final ScoreConfig config;

    public ScoreRefresher(Rescoring rescoring, ScoreStore store, ScoreConfig config) {
        this.rescoring = rescoring;
        this.store = store;
        this.config = config;
    }

    @Scheduled(
            identity = JOB,
            every = "${tandem.scores.refresh-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        // Drain: a full batch means more are waiting, so go again at once rather than a second later; under a burst
        // of signals this is what keeps scores fresh within seconds.
        return Multi.createBy()
                .repeating()
                .uni(this::refreshDue)
                .whilst(rescored -> rescored == config.batchSize())
                .collect()
                .last()
                .replaceWithVoid();
    }

    /** @return how many accounts were rescored */
    public Uni<Integer> refreshDue() {
        return Panache.withTransaction(() -> store.claimDirty(config.batchSize())
                .chain(accounts -> accounts.isEmpty()
                        ? Uni.createFrom().item(0)
                        : rescoring
                                .rescore(accounts)
                                .chain(() -> store.clearDirty(accounts))
                                .replaceWith(accounts.size())));
    }
}
