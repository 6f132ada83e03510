package dev.tandem.health.change;

import dev.tandem.platform.jobs.Drain;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.vertx.core.ContextAwareScheduler;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Rescores what changed, shortly after: claims the changes waiting in a {@link ChangeQueue} and rescores each subject
 * they name once, however many changes named it. The claim is a short transaction of its own and the subjects are
 * rescored in batches after it, so changes recorded meanwhile never wait for a rescoring; replicas claim different
 * changes. The one entry point is {@link #drain()}, which a scheduled job calls.
 *
 * @param <K> what a change names
 */
public final class ChangeDrain<K> {

    private static final Logger LOG = Logger.getLogger(ChangeDrain.class);

    private final ChangeQueue<K> queue;
    private final Function<List<K>, Uni<?>> rescoring;
    private final DrainSettings settings;
    private final Clock clock;
    private final GiveWay giveWay;

    /**
     * Work a drain gives way to: before each batch, while {@code busy} says that work waits, the drain waits too,
     * checking every second, but no longer than {@code atMost} a batch, so it still moves on under a load that never
     * ends. Its claim stays its own meanwhile: {@code atMost} is far shorter than the lease.
     *
     * @param busy called inside a session
     */
    public record GiveWay(Supplier<Uni<Boolean>> busy, Duration atMost) {

        static final GiveWay NONE = new GiveWay(() -> Uni.createFrom().item(false), Duration.ZERO);
    }

    private static final Duration GIVE_WAY_CHECK = Duration.ofSeconds(1);

    /**
     * @param rescoring rescores a batch inside the caller's transaction; one that fails is rescored again in parts
     */
    public ChangeDrain(ChangeQueue<K> queue, Function<List<K>, Uni<?>> rescoring, DrainSettings settings, Clock clock) {
        this(queue, rescoring, settings, clock, GiveWay.NONE);
    }

    /** A drain that gives way to other work between its batches, see {@link GiveWay}. */
    public ChangeDrain(
            ChangeQueue<K> queue,
            Function<List<K>, Uni<?>> rescoring,
            DrainSettings settings,
            Clock clock,
            GiveWay giveWay) {
        this.queue = queue;
        this.rescoring = rescoring;
        this.settings = settings;
        this.clock = clock;
        this.giveWay = giveWay;
    }

    /**
     * Rescores until no change waits. Changes recorded while a claim was rescored wait already, so it goes again at
     * once rather than a scheduled round later; under a burst of signals this is what keeps scores fresh within
     * seconds.
     */
    public Uni<Void> drain() {
        return Drain.untilDone(this::rescoreDue, namings -> namings > 0).replaceWithVoid();
    }

    /**
     * @return how many subjects the claimed changes named, counting one named by several each time; 0 if one could not
     *     be rescored, so that it waits for the next scheduled round rather than being retried at once
     */
    private Uni<Long> rescoreDue() {
        return claimDue()
                .chain(claim -> claim.isEmpty()
                        ? Uni.createFrom().item(0L)
                        : rescoreClaimed(claim).map(failed -> failed == 0 ? claim.namings() : 0L));
    }

    /** Claims the changes waiting, up to about the claim size, in a transaction of its own. */
    Uni<Claim<K>> claimDue() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> queue.claim(settings.claimSize(), now, now.plus(settings.claimLease())));
    }

    /**
     * Rescores what claimed changes name, a batch per transaction, and ends the claim with the last batch; each earlier
     * batch renews the claim. A subject that cannot be rescored holds up no other: a batch that fails is rescored again
     * in halves, down to that subject, which is recorded as a change of its own, tried again after the settings'
     * {@code failedRetryAfter}. If even that fails (the database is gone, say), the changes are given back.
     *
     * @return how many subjects could not be rescored
     */
    Uni<Integer> rescoreClaimed(Claim<K> claim) {
        List<List<K>> batches = batches(claim.named(), settings.batchSize());
        if (batches.isEmpty()) {
            return Panache.withTransaction(() -> queue.release(claim.changes())).replaceWith(0);
        }
        return Multi.createFrom()
                .range(0, batches.size())
                .onItem()
                .transformToUniAndConcatenate(
                        index -> rescoreBatch(batches.get(index), claim, index == batches.size() - 1))
                .collect()
                .asList()
                .map(failures -> failures.stream().mapToInt(Integer::intValue).sum())
                .onFailure()
                .call(() -> Panache.withTransaction(() -> queue.giveBack(claim.changes())));
    }

    private Uni<Integer> rescoreBatch(List<K> batch, Claim<K> claim, boolean last) {
        return givingWay()
                .chain(() ->
                        Panache.withTransaction(() -> rescoring.apply(batch).chain(() -> endOrRenew(claim, last))))
                .replaceWith(0)
                .onFailure()
                .recoverWithUni(failure -> {
                    LOG.warnf(
                            failure,
                            "Rescoring %d changed %s failed; rescoring them again in halves",
                            batch.size(),
                            queue.kind().plural());
                    return rescoreSplitting(batch).call(() -> Panache.withTransaction(() -> endOrRenew(claim, last)));
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
                    Instant retryAt = now.plus(settings.failedRetryAfter());
                    LOG.errorf(failure, "%s could not be rescored; it is tried again at %s", batch.get(0), retryAt);
                    return Panache.withTransaction(() -> queue.recordDeferred(batch, now, retryAt))
                            .replaceWith(1);
                });
    }

    /** Waits while the work this drain gives way to is busy, up to the {@link GiveWay}'s limit. */
    private Uni<Void> givingWay() {
        if (giveWay.atMost().isZero()) {
            return Uni.createFrom().voidItem();
        }
        // Back on this context after each wait: the sessions of the batches belong to it.
        ScheduledExecutorService onContext = Vertx.currentContext() == null
                ? Infrastructure.getDefaultWorkerPool()
                : ContextAwareScheduler.delegatingTo(Infrastructure.getDefaultWorkerPool())
                        .withCurrentContext();
        long until = System.nanoTime() + giveWay.atMost().toNanos();
        return Drain.untilDone(
                        () -> Panache.withSession(() -> giveWay.busy().get())
                                .chain(busy -> busy && System.nanoTime() < until
                                        ? Uni.createFrom()
                                                .item(true)
                                                .onItem()
                                                .delayIt()
                                                .onExecutor(onContext)
                                                .by(GIVE_WAY_CHECK)
                                        : Uni.createFrom().item(false)),
                        waited -> waited)
                .replaceWithVoid();
    }

    private Uni<Void> endOrRenew(Claim<K> claim, boolean last) {
        return last
                ? queue.release(claim.changes())
                : queue.renew(claim.changes(), clock.instant().plus(settings.claimLease()));
    }

    private static <K> List<List<K>> batches(List<K> named, int size) {
        List<List<K>> batches = new ArrayList<>();
        for (int from = 0; from < named.size(); from += size) {
            batches.add(named.subList(from, Math.min(named.size(), from + size)));
        }
        return batches;
    }
}
