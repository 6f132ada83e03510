package dev.tandem.platform.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Deletes processed event ids older than the retention, so the dedup table stays the size of the redelivery window
 * instead of growing with every event ever consumed. Safe on several replicas at once: a delete is idempotent.
 */
@ApplicationScoped
public class ProcessedEventsCleanup {

    private final InboxConfig config;
    private final Clock clock;

    public ProcessedEventsCleanup(InboxConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(
            identity = "processed-events-cleanup",
            every = "${tandem.inbox.cleanup-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return deleteExpired().replaceWithVoid();
    }

    /** @return how many expired ids were deleted */
    public Uni<Integer> deleteExpired() {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery("DELETE FROM processed_event WHERE processed_at < :before")
                        .setParameter("before", clock.instant().minus(config.retention()))
                        .executeUpdate()));
    }
}
