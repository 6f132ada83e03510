package dev.tandem.health.change.service;

import dev.tandem.health.change.repository.ChangeLog;
import dev.tandem.health.change.repository.ChangeLog.Claimed;
import dev.tandem.health.score.config.ScoreConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Rescores what changed, shortly after: claims the changes waiting in a {@link ChangeLog} and rescores each subject
 * they name once, however many changes named it. The claim is a short transaction of its own and the subjects are
 * rescored in batches after it, so changes recorded meanwhile never wait for a rescoring; replicas claim different
 * changes.
 *
 * @param <K> what a change names
 */
public class ChangeRefresher<K> {

    private static final Logger LOG = Logger.getLogger(ChangeRefresher.class);

    private final ChangeLog<K> changes;
    private final Function<List<K>, Uni<?>> rescoring;
    private final ScoreConfig config;
    private final Clock clock;

    /**
     * @param rescoring rescores a batch inside the caller's transaction; one that fails is rescored again in parts
     */
    public ChangeRefresher(ChangeLog<K> changes, Function<List<K>, Uni<?>> rescoring, ScoreConfig config, Clock clock) {
        this.changes = changes;
        this.rescoring = rescoring;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Refreshes until no change waits. Changes recorded while a claim was rescored wait already, so it goes again at
     * once rather than a scheduled round later; under a burst of signals this is what keeps scores fresh within
     * seconds.
     */
    public Uni<Void> drain() {
        return Multi.createBy()
                .repeating()
                .uni(this::refreshDue)
                .whilst(namings -> namings > 0)
                .collect()
                .last()
                .replaceWithVoid();
    }

    /**
     * @return how many subjects the claimed changes named, counting one named by several each time; 0 if one could not
     *     be rescored, so that it waits for the next scheduled round rather than being retried at once
     */
    public Uni<Long> refreshDue() {
        return claimDue()
                .chain(claimed -> claimed.isEmpty()
                        ? Uni.createFrom().item(0L)
                        : rescoreClaimed(claimed).map(failed -> failed == 0 ? claimed.namings() : 0L));
    }

    /** Claims the changes waiting, up to about {@code tandem.scores.claim-size} subjects, in a transaction of its own. */
    public Uni<Claimed<K>> claimDue() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> changes.claim(config.claimSize(), now, now.plus(config.claimLease())));
    }

    /**
     * Rescores what claimed changes name, a batch per transaction, and ends the claim with the last batch; each earlier
     * batch renews the claim. A subject that cannot be rescored holds up no other: a batch that fails is rescored again
     * in halves, down to that subject, which is recorded as a change of its own, tried again after
     * {@code tandem.scores.failed-retry-after}. If even that fails (the database is gone, say), the changes are given
     * back.
     *
     * @return how many subjects could not be rescored
     */
    public Uni<Integer> rescoreClaimed(Claimed<K> claimed) {
        List<List<K>> batches = batches(claimed.named(), config.batchSize());
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

    private Uni<Integer> rescoreBatch(List<K> batch, Claimed<K> claimed, boolean last) {
        return Panache.withTransaction(() -> rescoring.apply(batch).chain(() -> endOrRenew(claimed, last)))
                .replaceWith(0)
                .onFailure()
                .recoverWithUni(failure -> {
                    LOG.warnf(
                            failure,
                            "Rescoring %d changed %s failed; rescoring them again in halves",
                            batch.size(),
                            changes.subjects());
                    return rescoreSplitting(batch).call(() -> Panache.withTransaction(() -> endOrRenew(claimed, last)));
                });
    }

    /** @return how many of {@code batch} could not be rescored, each now recorded as a deferred change of its own */
    private Uni<Integer> rescoreSplitting(List<K> batch) {
        return Panache.withTransaction(() -> rescoring.apply(batch))
                .replaceWith(0)
                .onFailure()
                .recoverWithUni(failure -> {
                    if (batch.size() > 1) {
                        List<K> first = batch.subList(0, batch.size() / 2);
                        List<K> second = batch.subList(batch.size() / 2, batch.size());
                        return rescoreSplitting(first)
                                .chain(failed -> rescoreSplitting(second).map(more -> failed + more));
                    }
                    Instant now = clock.instant();
                    Instant retryAt = now.plus(config.failedRetryAfter());
                    LOG.errorf(failure, "%s could not be rescored; it is tried again at %s", batch.get(0), retryAt);
                    return Panache.withTransaction(() -> changes.recordDeferred(batch, now, retryAt))
                            .replaceWith(1);
                });
    }

    private Uni<Void> endOrRenew(Claimed<K> claimed, boolean last) {
        return last
                ? changes.release(claimed.changes())
                : changes.extend(claimed.changes(), clock.instant().plus(config.claimLease()));
    }

    private static <K> List<List<K>> batches(List<K> named, int size) {
        List<List<K>> batches = new ArrayList<>();
        for (int from = 0; from < named.size(); from += size) {
            batches.add(named.subList(from, Math.min(named.size(), from + size)));
        }
        return batches;
    }
}
