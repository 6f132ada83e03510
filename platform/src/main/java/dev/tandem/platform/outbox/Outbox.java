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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where a service records the events of a state change. Call {@link #append} inside the transaction that changes the
 * state: both commit or neither does, and the {@link OutboxRelay} publishes what committed.
 */
@ApplicationScoped
public class Outbox {

    /** Rows per multi-row insert: seven parameters each, far below PostgreSQL's 65,535 per statement. */
    private static final int ROWS_PER_INSERT = 500;

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
     * Adds many events to the outbox of the current transaction with one statement per few hundred, in list order:
     * for bulk paths, where a statement per event would cost a round trip each.
     */
    public Uni<Void> appendAll(List<? extends TandemEvent> events) {
        Uni<Void> inserts = Uni.createFrom().voidItem();
        for (int from = 0; from < events.size(); from += ROWS_PER_INSERT) {
            List<? extends TandemEvent> part = events.subList(from, Math.min(events.size(), from + ROWS_PER_INSERT));
            inserts = inserts.chain(() -> insert(part));
        }
        return inserts;
    }

    private Uni<Void> insert(List<? extends TandemEvent> events) {
        StringBuilder sql = new StringBuilder(
                "INSERT INTO outbox_event (event_id, topic, event_key, type, source, occurred_at, payload) VALUES ");
        Map<String, Object> parameters = new HashMap<>();
        Instant now = Instant.now();
        for (int i = 0; i < events.size(); i++) {
            TandemEvent event = events.get(i);
            EventDescriptor descriptor = EventCatalog.of(event.getClass());
            sql.append(i == 0 ? "" : ", ")
                    .append("(:e%1$d, :t%1$d, :k%1$d, :y%1$d, :s%1$d, :o%1$d, :p%1$d)".formatted(i));
            parameters.put("e" + i, UUID.randomUUID());
            parameters.put("t" + i, descriptor.topic());
            parameters.put("k" + i, event.subject());
            parameters.put("y" + i, descriptor.type());
            parameters.put("s" + i, descriptor.source());
            parameters.put("o" + i, now);
            parameters.put("p" + i, serialise(event));
        }
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql.toString());
            parameters.forEach(query::setParameter);
            return query.executeUpdate().replaceWithVoid();
        });
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
