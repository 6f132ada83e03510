package dev.tandem.platform.inbox;

import dev.tandem.events.EventEnvelope;
import dev.tandem.events.TandemEvent;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A poll of a batch channel as read by the {@link BatchInbox}: its events in the poll's order, a second copy of one
 * left out (it counts once, like a redelivery), and the records that are not events of the channel's type.
 */
final class Poll<T extends TandemEvent> {

    /** An event with the record it came in, kept to park it on the dead-letter topic as it came. */
    record Delivery<T>(KafkaRecord<String, String> record, EventEnvelope<T> event, String key) {}

    /** A record that cannot be read as an event of the channel, and why. */
    record Rejected(KafkaRecord<String, String> record, RuntimeException reason) {}

    private final List<Delivery<T>> deliveries;
    private final List<Rejected> rejected;

    private Poll(List<Delivery<T>> deliveries, List<Rejected> rejected) {
        this.deliveries = List.copyOf(deliveries);
        this.rejected = List.copyOf(rejected);
    }

    static <T extends TandemEvent> Poll<T> read(
            KafkaRecordBatch<String, String> batch, BatchChannel<T> channel, IncomingEvents incoming) {
        List<Delivery<T>> deliveries = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (KafkaRecord<String, String> record : batch) {
            try {
                Delivery<T> delivery = read(record, channel, incoming);
                if (keys.add(delivery.key())) {
                    deliveries.add(delivery);
                }
            } catch (RuntimeException e) {
                // Whatever a single record does to reading, it is that record's fault alone.
                rejected.add(new Rejected(record, e));
            }
        }
        return new Poll<>(deliveries, rejected);
    }

    private static <T extends TandemEvent> Delivery<T> read(
            KafkaRecord<String, String> record, BatchChannel<T> channel, IncomingEvents incoming) {
        EventEnvelope<TandemEvent> event = incoming.read(record);
        if (!channel.accepts().isInstance(event.data())) {
            throw new MalformedEventException(
                    "Not a " + channel.accepts().getSimpleName() + ": " + event.type() + " (event " + event.id() + ")");
        }
        @SuppressWarnings("unchecked")
        EventEnvelope<T> typed = (EventEnvelope<T>) (EventEnvelope<?>) event;
        return new Delivery<>(record, typed, channel.dedupKey().apply(typed));
    }

    List<Delivery<T>> deliveries() {
        return deliveries;
    }

    List<Rejected> rejected() {
        return rejected;
    }

    List<String> keys() {
        return deliveries.stream().map(Delivery::key).toList();
    }

    /** The events whose keys are among {@code keys}, in the poll's order. */
    List<EventEnvelope<T>> events(Set<String> keys) {
        return deliveries.stream()
                .filter(delivery -> keys.contains(delivery.key()))
                .map(Delivery::event)
                .toList();
    }
}
