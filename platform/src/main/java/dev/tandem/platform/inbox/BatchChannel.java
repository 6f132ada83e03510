package dev.tandem.platform.inbox;

import dev.tandem.events.EventEnvelope;
import dev.tandem.events.TandemEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the {@link BatchInbox} needs to know of one batch consumer's incoming channel.
 *
 * @param consumer a stable name; processed events are recorded under it, so renaming it applies everything again
 * @param accepts the events the channel takes; a record of another type is parked as malformed
 * @param dedupKey what makes two records one event, recorded as processed; the CloudEvent id unless
 *     {@link #dedupedBy} says otherwise
 * @param deadLetters the emitter of the channel's {@code <topic>.dlq}, with a buffer for a poll's worth of records
 * @param <T> the event type
 */
public record BatchChannel<T extends TandemEvent>(
        String consumer,
        Class<T> accepts,
        Function<EventEnvelope<T>, String> dedupKey,
        MutinyEmitter<String> deadLetters) {

    public BatchChannel {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(accepts, "accepts");
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(deadLetters, "deadLetters");
    }

    /** A channel whose events are told apart by their CloudEvent id. */
    public static <T extends TandemEvent> BatchChannel<T> of(
            String consumer, Class<T> accepts, MutinyEmitter<String> deadLetters) {
        return new BatchChannel<>(consumer, accepts, event -> event.id().toString(), deadLetters);
    }

    /**
     * This channel with events told apart by {@code key} instead, e.g. by what an integrator promises unique when the
     * same event can reach the topic under two CloudEvent ids.
     */
    public BatchChannel<T> dedupedBy(Function<EventEnvelope<T>, String> key) {
        return new BatchChannel<>(consumer, accepts, key, deadLetters);
    }
}
