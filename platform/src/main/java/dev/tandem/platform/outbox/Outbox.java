package dev.tandem.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.events.EventCatalog;
import dev.tandem.events.EventDescriptor;
import dev.tandem.events.TandemEvent;
import dev.tandem.platform.sql.ColumnArrays;
import dev.tandem.platform.sql.CopyIn;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
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

    /**
     * Adds many events to the outbox of the current transaction with one statement, in list order: for bulk paths,
     * where a statement per event would cost a round trip each. The rows are bound as column arrays, so the statement
     * binds seven parameters however many events there are.
     */
    public Uni<Void> appendAll(List<? extends TandemEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int size = events.size();
        UUID[] eventIds = new UUID[size];
        String[] topics = new String[size];
        String[] keys = new String[size];
        String[] types = new String[size];
        String[] sources = new String[size];
        Instant[] occurredAt = new Instant[size];
        String[] payloads = new String[size];
        Instant now = Instant.now();
        for (int i = 0; i < size; i++) {
            TandemEvent event = events.get(i);
            EventDescriptor descriptor = EventCatalog.of(event.getClass());
            eventIds[i] = UUID.randomUUID();
            topics[i] = descriptor.topic();
            keys[i] = event.subject();
            types[i] = descriptor.type();
            sources[i] = descriptor.source();
            occurredAt[i] = now;
            payloads[i] = serialise(event);
        }
        ColumnArrays rows = new ColumnArrays()
                .column("uuid", eventIds)
                .column("text", topics)
                .column("text", keys)
                .column("text", types)
                .column("text", sources)
                .instants(occurredAt)
                .column("text", payloads);
        // In list order, which the ids and so the publication follow.
        String sql = "INSERT INTO outbox_event (event_id, topic, event_key, type, source, occurred_at, payload)"
                + " SELECT e.event_id, e.topic, e.event_key, e.type, e.source, e.occurred_at, e.payload FROM "
                + rows.unnest()
                + " WITH ORDINALITY AS e (event_id, topic, event_key, type, source, occurred_at, payload, position)"
                + " ORDER BY e.position";
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            rows.bind(query::setParameter);
            return query.executeUpdate().replaceWithVoid();
        });
    }

    /**
     * Adds many events to the outbox of the JDBC transaction of {@code connection}, streamed with COPY, in list order:
     * for the bulk paths that write over JDBC (imports). The events are the same as {@link #appendAll} would write.
     * Blocks.
     */
    public void copyAll(Connection connection, List<? extends TandemEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        // COPY inserts in row order, so the ids, and so the publication, follow the list.
        try (CopyIn copy = CopyIn.into(
                connection, "outbox_event (event_id, topic, event_key, type, source, occurred_at, payload)")) {
            for (TandemEvent event : events) {
                EventDescriptor descriptor = EventCatalog.of(event.getClass());
                copy.row(
                        UUID.randomUUID(),
                        descriptor.topic(),
                        event.subject(),
                        descriptor.type(),
                        descriptor.source(),
                        now,
                        serialise(event));
            }
        }
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
