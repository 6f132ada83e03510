package dev.tandem.platform.outbox;

import dev.tandem.platform.jobs.Drain;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Publishes committed outbox events to Kafka as CloudEvents, then deletes them: at least once, in commit order per
 * key.
 *
 * <p>Several replicas may relay at the same time: each claims a batch with {@code FOR UPDATE SKIP LOCKED}. A claimed
 * event whose key has an earlier event held by another replica is left for the next round, so one key's events are
 * never published out of order. If publishing fails, the transaction rolls back and the batch is retried; consumers
 * are idempotent, so the duplicates this can cause are harmless.
 */
@ApplicationScoped
public class OutboxRelay {

    /** The scheduler identity of the relay, e.g. to pause it. */
    public static final String JOB = "outbox-relay";

    /**
     * The batch's rows come straight from the claim, and each one's check for an earlier event of its key is an index
     * probe of its own ({@code OFFSET 0} keeps the planner from turning it into a join). Written as joins, the planner
     * chose whole-table scans when its statistics were older than a burst of events, which took the relay from about a
     * millisecond to 40 ms a batch in SignalBenchmark.
     */
    private static final String CLAIM_BATCH = """
            WITH batch AS (
                SELECT * FROM outbox_event ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED
            )
            SELECT b.* FROM batch b
            WHERE NOT EXISTS (
                SELECT 1 FROM outbox_event earlier
                WHERE earlier.event_key = b.event_key AND earlier.id < b.id
                  AND earlier.id NOT IN (SELECT id FROM batch)
                OFFSET 0)
            ORDER BY b.id
            """;

    private final MutinyEmitter<String> kafka;
    private final OutboxConfig config;

    public OutboxRelay(@Channel("outbox") MutinyEmitter<String> kafka, OutboxConfig config) {
        this.kafka = kafka;
        this.config = config;
    }

    @Scheduled(
            identity = JOB,
            every = "${tandem.outbox.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // The Kafka channel is wired during start-up and the database pool closes during shutdown.
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> relay() {
        // Drain: a full batch means more may be waiting, so go again at once instead of waiting for the next tick.
        return Drain.untilDone(this::publishBatch, published -> published == config.batchSize())
                .replaceWithVoid();
    }

    /**
     * Publishes one batch of committed events.
     *
     * @return how many events were published
     */
    public Uni<Integer> publishBatch() {
        return Panache.withTransaction(() -> Panache.getSession().chain(this::publishClaimed));
    }

    private Uni<Integer> publishClaimed(Mutiny.Session session) {
        return session.createNativeQuery(CLAIM_BATCH, OutboxEvent.class)
                .setParameter("limit", config.batchSize())
                .getResultList()
                .chain(events -> events.isEmpty()
                        ? Uni.createFrom().item(0)
                        : publishAll(events).chain(() -> delete(session, events)));
    }

    private Uni<Void> publishAll(List<OutboxEvent> events) {
        // Subscribed in list order, so the producer receives them in order; acknowledgements are awaited together.
        List<Uni<Void>> acknowledgements = events.stream()
                .map(event -> kafka.sendMessage(toMessage(event)))
                .toList();
        return Uni.join().all(acknowledgements).andFailFast().replaceWithVoid();
    }

    private Uni<Integer> delete(Mutiny.Session session, List<OutboxEvent> events) {
        List<Long> ids = events.stream().map(event -> event.id).toList();
        return session.createNativeQuery("DELETE FROM outbox_event WHERE id IN (:ids)")
                .setParameter("ids", ids)
                .executeUpdate()
                .replaceWith(events.size());
    }

    private static Message<String> toMessage(OutboxEvent event) {
        return Message.of(event.payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(event.topic)
                        .withKey(event.key)
                        .build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(event.eventId.toString())
                        .withSource(URI.create(event.source))
                        .withType(event.type)
                        .withSubject(event.key)
                        .withTimestamp(event.occurredAt.atZone(ZoneOffset.UTC))
                        .build());
    }
}
