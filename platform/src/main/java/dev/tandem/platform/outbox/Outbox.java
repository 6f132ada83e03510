package dev.tandem.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.events.EventCatalog;
import dev.tandem.events.EventDescriptor;
import dev.tandem.events.TandemEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Where a service records the events of a state change. Call {@link #append} inside the transaction that changes the
 * state: both commit or neither does, and the {@link OutboxRelay} publishes what committed.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;

    public Outbox(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Adds {@code event} to the outbox of the current transaction.
     *
     * @return the CloudEvents id the event will be published under
     */
    public Uni<UUID> append(TandemEvent event) {
        EventDescriptor descriptor = EventCatalog.of(event.getClass());
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.randomUUID();
        row.topic = descriptor.topic();
        row.key = event.subject();
        row.type = descriptor.type();
        row.source = descriptor.source();
        row.occurredAt = Instant.now();
        row.payload = serialise(event);
        return Panache.getSession().chain(session -> session.persist(row)).replaceWith(row.eventId);
    }

    private String serialise(TandemEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Event cannot be written as JSON: " + event.getClass().getName(), e);
        }
    }
}
