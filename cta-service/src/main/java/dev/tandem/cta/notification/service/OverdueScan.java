package dev.tandem.cta.notification.service;

import dev.tandem.cta.notification.domain.NotificationKind;
import dev.tandem.cta.notification.repository.NotificationStore;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Tells owners of open CTAs whose due date has passed, once per CTA and due date (a new due date that passes again is
 * news again). The unique notification key makes a re-run, or two replicas scanning at once, tell nobody twice.
 */
@ApplicationScoped
public class OverdueScan {

    private static final int BATCH = 200;

    private final NotificationStore store;
    private final Notifier notifier;
    private final Clock clock;

    public OverdueScan(NotificationStore store, Notifier notifier, Clock clock) {
        this.store = store;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Scheduled(
            identity = "notification-overdue-scan",
            every = "${tandem.cta.notification.overdue-interval:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return scan();
    }

    /** One batch of overdue CTAs not yet told; the next run takes the rest. */
    public Uni<Void> scan() {
        LocalDate today = LocalDate.now(clock);
        return Panache.withTransaction(() -> store.overdueUntold(today, BATCH).chain(overdue -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (var cta : overdue) {
                chain = chain.chain(() -> notifier.toPerson(
                        cta.owner(),
                        cta.accountId(),
                        NotificationKind.CTA_OVERDUE,
                        cta.ctaId() + ":" + cta.dueDate(),
                        "CTA overdue",
                        List.of(cta.reason(), "Was due " + cta.dueDate())));
            }
            return chain;
        }));
    }
}
