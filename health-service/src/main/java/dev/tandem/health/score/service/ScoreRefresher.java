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
import org.jboss.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(ScoreRefresher.class);

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

    /**
     * @return how many accounts the claimed changes named, counting an account named by several each time; 0 if an
     *     account could not be rescored, so that it waits for the next scheduled round rather than being retried at once
     */
    public Uni<Long> refreshDue() {
        return claimDue()
                .chain(claimed -> claimed.isEmpty()
                        ? Uni.createFrom().item(0L)
                        : rescoreClaimed(claimed).map(failed -> failed == 0 ? claimed.named() : 0L));
    }

    /** Claims the changes waiting, up to about {@code tandem.scores.claim-size} accounts, in a transaction of its own. */
    public Uni<Claimed> claimDue() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> changes.claim(config.claimSize(), now, now.plus(config.claimLease())));
    }

    /**
     * Rescores the accounts of claimed changes, a batch per transaction, and ends the claim with the last batch; each
     * earlier batch renews the claim. An account that cannot be rescored holds up no other: a batch that fails is
     * rescored again in halves, down to that account, which is recorded as a change of its own for the next round. If
     * even that fails (the database is gone, say), the changes are given back.
     *
     * @return how many accounts could not be rescored
     */
    public Uni<Integer> rescoreClaimed(Claimed claimed) {
        List<List<String>> batches = batches(List.copyOf(claimed.accounts()), config.batchSize());
        if (batches.isEmpty()) {
            return Panache.withTransaction(() -> changes.release(claimed.changes()))
                    .replaceWith(0);
        }
        return Multi.createFrom()
                .range(0, batches.size())
                .onItem()
                .transformToUniAndConcatenate(
                        index -> rescoreBatch(batches.get(index), claimed, index == batches.size() - 1))
                .collect()
                .asList()
                .map(failures -> failures.stream().mapToInt(Integer::intValue).sum())
                .onFailure()
                .call(() -> Panache.withTransaction(() -> changes.unclaim(claimed.changes())));
    }

    private Uni<Integer> rescoreBatch(List<String> batch, Claimed claimed, boolean last) {
        return Panache.withTransaction(() -> rescoring.rescore(batch).chain(() -> endOrRenew(claimed, last)))
                .replaceWith(0)
                .onFailure()
                .recoverWithUni(failure -> {
                    LOG.warnf(failure, "Rescoring %d accounts failed; rescoring them again in halves", batch.size());
                    return rescoreSplitting(batch).call(() -> Panache.withTransaction(() -> endOrRenew(claimed, last)));
                });
    }

    /** @return how many of {@code accounts} could not be rescored, each now recorded as a change of its own */
    private Uni<Integer> rescoreSplitting(List<String> accounts) {
        return Panache.withTransaction(() -> rescoring.rescore(accounts))
                .replaceWith(0)
                .onFailure()
                .recoverWithUni(failure -> {
                    if (accounts.size() > 1) {
                        List<String> first = accounts.subList(0, accounts.size() / 2);
                        List<String> second = accounts.subList(accounts.size() / 2, accounts.size());
                        return rescoreSplitting(first)
                                .chain(failed -> rescoreSplitting(second).map(more -> failed + more));
                    }
                    LOG.errorf(
                            failure, "Account %s could not be rescored; it is tried again next round", accounts.get(0));
                    return Panache.withTransaction(() -> changes.record(accounts, clock.instant()))
                            .replaceWith(1);
                });
    }

    private Uni<Void> endOrRenew(Claimed claimed, boolean last) {
        return last
                ? changes.release(claimed.changes())
                : changes.extend(claimed.changes(), clock.instant().plus(config.claimLease()));
    }

    private static List<List<String>> batches(List<String> accounts, int size) {
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < accounts.size(); from += size) {
            batches.add(accounts.subList(from, Math.min(accounts.size(), from + size)));
        }
        return batches;
    }
}
