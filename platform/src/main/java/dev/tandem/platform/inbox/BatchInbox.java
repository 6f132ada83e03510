package dev.tandem.platform.inbox;

import dev.tandem.events.EventEnvelope;
import dev.tandem.events.TandemEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The {@link Inbox} for channels read a poll at a time ({@code batch=true}), where a transaction per event is too slow:
 * the poll's new events are applied together, in one transaction with the record of their ids, so a redelivered poll
 * changes nothing.
 *
 * <p>One bad record costs its neighbours nothing. A record that is not an event of the channel goes to the dead-letter
 * topic at once, alone. When the poll's transaction keeps failing after retries, the poll is applied again one event
 * per transaction, in its order, each retried likewise, so only the event that cannot be applied is parked. Parking is
 * done by hand through the channel's dead-letter emitter; a nack would park the whole poll. Only when the dead-letter
 * topic itself refuses is the poll nacked (the channel's {@code failure-strategy=dead-letter-queue} then parks it),
 * rather than the partition stopped.
 */
@ApplicationScoped
public class BatchInbox {

    private static final Logger LOG = Logger.getLogger(BatchInbox.class);

    private final IncomingEvents incoming;
    private final ProcessedEvents processed;
    private final InboxConfig config;

    public BatchInbox(IncomingEvents incoming, ProcessedEvents processed, InboxConfig config) {
        this.incoming = incoming;
        this.processed = processed;
        this.config = config;
    }

    /**
     * Applies {@code effect} to the events of {@code batch} that {@code channel}'s consumer has not applied before,
     * then acknowledges the poll. Call it from the channel's {@code @Incoming} method, on its Vert.x context.
     *
     * @param effect the consumer's change for a list of events, in the poll's order and never empty; it runs inside the
     *     transaction that records them, so repositories it uses join that transaction. It must change nothing outside
     *     the database: it may run several times and be rolled back, for the whole poll and then for one event.
     */
    public <T extends TandemEvent> Uni<Void> consume(
            BatchChannel<T> channel,
            KafkaRecordBatch<String, String> batch,
            Function<List<EventEnvelope<T>>, Uni<?>> effect) {
        return Uni.createFrom()
                .deferred(() -> {
                    Retries retries = Retries.onCurrentContext(config);
                    Poll<T> poll = Poll.read(batch, channel, incoming);
                    return parkRejected(channel, poll, retries)
                            .chain(() -> retries.retried(() -> applyTogether(channel, poll, effect))
                                    .onFailure()
                                    .recoverWithUni(failure -> {
                                        LOG.warnf(
                                                failure,
                                                "%s: a poll of %d events cannot be applied together; applying them one"
                                                        + " at a time",
                                                channel.consumer(),
                                                poll.deliveries().size());
                                        return applyOneByOne(channel, poll, effect, retries);
                                    }));
                })
                .chain(() -> Uni.createFrom().completionStage(batch.ack()))
                .onFailure()
                .recoverWithUni(failure -> {
                    LOG.errorf(failure, "%s: a poll could not be finished; it is nacked", channel.consumer());
                    return Uni.createFrom().completionStage(batch.nack(failure));
                });
    }

    private <T extends TandemEvent> Uni<Void> parkRejected(BatchChannel<T> channel, Poll<T> poll, Retries retries) {
        if (poll.rejected().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // Sent all at once, subscribed in the poll's order: a poll of bad records waits for Kafka once, not per record.
        List<Uni<Void>> sends = poll.rejected().stream()
                .map(rejected -> send(channel, rejected.record(), rejected.reason()))
                .toList();
        return retries.backOnContext(Uni.join().all(sends).andFailFast().replaceWithVoid());
    }

    /** The poll's new events in one transaction with the record of their ids; nothing when there are none. */
    private <T extends TandemEvent> Uni<Void> applyTogether(
            BatchChannel<T> channel, Poll<T> poll, Function<List<EventEnvelope<T>>, Uni<?>> effect) {
        if (poll.deliveries().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> processed
                .recordFirstTimes(channel.consumer(), poll.keys())
                .chain(firstTimes -> {
                    List<EventEnvelope<T>> fresh = poll.events(firstTimes);
                    return fresh.isEmpty()
                            ? Uni.createFrom().voidItem()
                            : effect.apply(fresh).replaceWithVoid();
                }));
    }

    /** Each event in a transaction of its own, in the poll's order; one that still fails is parked alone. */
    private <T extends TandemEvent> Uni<Void> applyOneByOne(
            BatchChannel<T> channel, Poll<T> poll, Function<List<EventEnvelope<T>>, Uni<?>> effect, Retries retries) {
        return Multi.createFrom()
                .iterable(poll.deliveries())
                .onItem()
                .transformToUniAndConcatenate(delivery -> retries.retried(() -> processed.applyOnce(
                                channel.consumer(), delivery.key(), () -> effect.apply(List.of(delivery.event()))))
                        .replaceWithVoid()
                        .onFailure()
                        .recoverWithUni(failure -> retries.backOnContext(send(channel, delivery.record(), failure))))
                .collect()
                .last()
                .replaceWithVoid();
    }

    private static Uni<Void> send(BatchChannel<?> channel, KafkaRecord<String, String> record, Throwable reason) {
        LOG.warnf(
                "%s: a record on %s (key %s) cannot be applied and goes to %s.dlq: %s",
                channel.consumer(), record.getTopic(), record.getKey(), record.getTopic(), reason.getMessage());
        return channel.deadLetters().sendMessage(DeadLetter.of(record, reason));
    }
}
