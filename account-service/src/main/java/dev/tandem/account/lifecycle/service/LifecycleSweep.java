package dev.tandem.account.lifecycle.service;

import dev.tandem.account.account.domain.Account;
import dev.tandem.account.lifecycle.config.LifecycleConfig;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.platform.jobs.Drain;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Moves accounts whose stage changes with time alone: a paid contract whose start date has come (conversion to
 * ONBOARDING) and a renewal date entering the renewal window (ADOPTION to RENEWAL). Runs on a schedule, from one
 * replica at a time, and is safe to repeat: an account is moved at most once for the same facts.
 */
@ApplicationScoped
public class LifecycleSweep {

    private static final String JOB = "lifecycle-sweep";

    /** Keeps a sweep to one replica; the number only has to be unique within this service's database. */
    private static final long ADVISORY_LOCK = 0x7a6e_6465_6d01L;

    private static final String DUE = """
            FROM Account a
            WHERE (a.stage = ADOPTION AND a.nextRenewalDate <= :windowEnd)
               OR (a.stage IN (FREE, TRIAL, CHURNED) AND EXISTS (
                      FROM Contract c
                      WHERE c.accountId = a.id AND c.status = ACTIVE AND c.arr > 0 AND c.startDate <= :today))
            ORDER BY a.id
            """;

    private final AccountStanding standing;
    private final LifecycleConfig config;
    private final Clock clock;

    public LifecycleSweep(AccountStanding standing, LifecycleConfig config, Clock clock) {
        this.standing = standing;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(
            identity = JOB,
            every = "${tandem.lifecycle.sweep-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return sweep().replaceWithVoid();
    }

    /**
     * Moves every account that is due, batch by batch.
     *
     * @return how many accounts changed stage
     */
    public Uni<Integer> sweep() {
        return Drain.total(this::sweepBatch, moved -> moved == config.sweepBatchSize());
    }

    private Uni<Integer> sweepBatch() {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery("SELECT pg_try_advisory_xact_lock(:key)", Boolean.class)
                        .setParameter("key", ADVISORY_LOCK)
                        .getSingleResult())
                .chain(locked -> locked ? moveDue() : Uni.createFrom().item(0)));
    }

    private Uni<Integer> moveDue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(DUE, Account.class)
                        .setParameter("windowEnd", today.plusDays(config.renewalWindowDays()))
                        .setParameter("today", today)
                        .setMaxResults(config.sweepBatchSize())
                        .getResultList())
                .chain(this::refreshAll);
    }

    /**
     * Refreshes each account in turn and counts those whose stage changed. Counting changes, not accounts, ends the
     * sweep even if a batch were full of accounts the rules leave where they are.
     */
    private Uni<Integer> refreshAll(List<Account> due) {
        AtomicInteger moved = new AtomicInteger();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Account account : due) {
            LifecycleStage before = account.stage;
            chain = chain.chain(() -> standing.refresh(account))
                    .invoke(refreshed -> {
                        if (refreshed.stage != before) {
                            moved.incrementAndGet();
                        }
                    })
                    .replaceWithVoid();
        }
        return chain.map(done -> moved.get());
    }
}
