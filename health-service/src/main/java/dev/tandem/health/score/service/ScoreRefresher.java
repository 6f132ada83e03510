package dev.tandem.health.score.service;

import dev.tandem.health.score.config.ScoreConfig;
import dev.tandem.health.score.repository.ScoreChanges;
import dev.tandem.health.score.repository.ScoreChanges.Claimed;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Rescores the accounts whose aggregates changed, shortly after: each change records the accounts it touched, and this
 * job claims the changes waiting and scores each account they name once, however many signals came. The claim is a
 * short transaction of its own and the accounts are rescored in batches after it, so signals recording changes
 * meanwhile never wait for a rescoring; replicas claim different changes.
 */
@ApplicationScoped
public class ScoreRefresher {

    /** The scheduler identity, e.g. to pause it. */
    public static final String JOB = "score-refresh";

    private final Rescoring rescoring;
    private final ScoreChanges changes;
    private final ScoreConfig config;
    private final Clock clock;

    public ScoreRefresher(Rescoring rescoring, ScoreChanges changes, ScoreConfig config, Clock clock) {
        this.rescoring = rescoring;
        this.changes = changes;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(
            identity = JOB,
            every = "${tandem.scores.refresh-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        // Drain: changes recorded while a claim was rescored wait already, so go again at once rather than a second
        // later, until none is left; under a burst of signals this is what keeps scores fresh within seconds.
        return Multi.createBy()
                .repeating()
                .uni(this::refreshDue)
                .whilst(named -> named > 0)
                .collect()
                .last()
                .replaceWithVoid();
    }

    /** @return how many accounts the claimed changes named, counting an account named by several each time */
    public Uni<Long> refreshDue() {
        return claimDue()
                .chain(claimed -> claimed.isEmpty()
                        ? Uni.createFrom().item(0L)
                        : rescoreClaimed(claimed).replaceWith(claimed.named()));
    }

    /** Claims the changes waiting, up to about {@code tandem.scores.claim-size} accounts, in a transaction of its own. */
    public Uni<Claimed> claimDue() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> changes.claim(config.claimSize(), now, now.plus(config.claimLease())));
    }

    /**
     * Rescores the accounts of claimed changes, a batch per transaction, and ends the claim with the last batch; each
     * earlier batch renews the claim. If a batch fails, the changes are given back, so their accounts are retried at the
     * next round.
     */
    public Uni<Void> rescoreClaimed(Claimed claimed) {
        List<List<String>> batches = batches(List.copyOf(claimed.accounts()), config.batchSize());
        if (batches.isEmpty()) {
            return Panache.withTransaction(() -> changes.release(claimed.changes()));
        }
        return Multi.createFrom()
                .range(0, batches.size())
                .onItem()
                .transformToUniAndConcatenate(index -> Panache.withTransaction(() -> rescoring
                        .rescore(batches.get(index))
                        .chain(() -> index == batches.size() - 1
                                ? changes.release(claimed.changes())
                                : changes.extend(
                                        claimed.changes(), clock.instant().plus(config.claimLease())))))
                .collect()
                .last()
                .replaceWithVoid()
                .onFailure()
                .call(() -> Panache.withTransaction(() -> changes.unclaim(claimed.changes())));
    }

    private static List<List<String>> batches(List<String> accounts, int size) {
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < accounts.size(); from += size) {
            batches.add(accounts.subList(from, Math.min(accounts.size(), from + size)));
        }
        return batches;
    }
}
