package dev.tandem.health.score.service;

import dev.tandem.health.score.config.ScoreConfig;
import dev.tandem.health.score.repository.ScoreStore;
import dev.tandem.health.score.repository.ScoreStore.Claim;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Rescores the accounts whose aggregates changed, shortly after: signals mark an account, this job scores each marked
 * account once however many signals came. A batch is claimed in a short transaction of its own and rescored in a
 * second, so the signals marking its accounts meanwhile do not wait for the rescoring; replicas claim different
 * batches.
 */
@ApplicationScoped
public class ScoreRefresher {

    /** The scheduler identity, e.g. to pause it. */
    public static final String JOB = "score-refresh";

    private final Rescoring rescoring;
    private final ScoreStore store;
    private final ScoreConfig config;
    private final Clock clock;

    public ScoreRefresher(Rescoring rescoring, ScoreStore store, ScoreConfig config, Clock clock) {
        this.rescoring = rescoring;
        this.store = store;
        this.config = config;
        this.clock = clock;
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
        return claimDue()
                .chain(claims -> claims.isEmpty()
                        ? Uni.createFrom().item(0)
                        : rescoreClaimed(claims).replaceWith(claims.size()));
    }

    /** Claims the next batch of marked accounts, in a transaction of its own. */
    public Uni<List<Claim>> claimDue() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> store.claimDirty(config.batchSize(), now, now.plus(config.claimLease())));
    }

    /**
     * Rescores claimed accounts and ends their claims, in one transaction; if that fails, the claims are given back, so
     * the accounts are retried at the next round.
     */
    public Uni<Void> rescoreClaimed(List<Claim> claims) {
        List<String> accounts = claims.stream().map(Claim::account).toList();
        return Panache.withTransaction(() -> rescoring.rescore(accounts).chain(() -> store.releaseDirty(claims)))
                .onFailure()
                .call(() -> Panache.withTransaction(() -> store.unclaimDirty(claims)));
    }
}
