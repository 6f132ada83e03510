package dev.tandem.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.tandem.events.EventCatalog;
import dev.tandem.events.EventDescriptor;
import dev.tandem.events.EventEnvelope;
import dev.tandem.events.TandemEvent;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Reads a Kafka message carrying a binary-mode CloudEvent (attributes in {@code ce_*} headers, JSON data in the value)
 * into its typed envelope, or rejects it with a {@link MalformedEventException}.
 */
@ApplicationScoped
public class IncomingEvents {

    private final ObjectMapper json;
    /** A reader per event class, built once: asking the mapper for one per record cost a type lookup each time. */
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    public IncomingEvents(ObjectMapper json) {
        this.json = json;
    }

    public EventEnvelope<TandemEvent> read(Message<String> message) {
        @SuppressWarnings("unchecked")
        IncomingCloudEventMetadata<String> cloudEvent = message.getMetadata(IncomingCloudEventMetadata.class)
                .orElseThrow(() -> new MalformedEventException("Not a CloudEvent: no ce_* headers"));
        EventDescriptor descriptor = EventCatalog.byType(cloudEvent.getType())
                .orElseThrow(() -> new MalformedEventException("Unknown event type " + cloudEvent.getType()));
        if (message.getPayload() == null) {
            throw new MalformedEventException("Event " + cloudEvent.getId() + " has no data");
        }
        TandemEvent data = parse(message.getPayload(), descriptor, cloudEvent.getId());
        Instant time = cloudEvent.getTimeStamp().map(t -> t.toInstant()).orElse(null);
        return EventEnvelope.of(
                descriptor, eventId(cloudEvent.getId()), cloudEvent.getSubject().orElse(data.subject()), time, data);
    }

    private TandemEvent parse(String payload, EventDescriptor descriptor, String id) {
        try {
            return readers.computeIfAbsent(descriptor.dataClass(), json::readerFor)
                    .readValue(payload);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new MalformedEventException("Event " + id + " does not match " + descriptor.type(), e);
        }
    }

    private static UUID eventId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("CloudEvent id is not a UUID: " + id, e);
        }
    }
}
