package dev.tandem.platform.inbox;

import dev.tandem.platform.sql.ColumnArrays;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Makes a consumer idempotent: the id of an applied event is recorded in the same transaction as its effect, so an
 * event redelivered by Kafka (after a crash, a rebalance or a producer retry) changes nothing the second time.
 */
@ApplicationScoped
public class ProcessedEvents {

    private static final String RECORD =
            "INSERT INTO processed_event (consumer, event_id) VALUES (:consumer, :eventId) ON CONFLICT DO NOTHING";

    /**
     * Records a batch of event ids for {@code consumer} and returns those it had not processed before, so a batch
     * consumer applies only those. Call it inside the transaction that applies them.
     */
    public Uni<Set<String>> recordFirstTimes(String consumer, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        ColumnArrays ids = new ColumnArrays().column("text", new LinkedHashSet<>(eventIds).toArray(String[]::new));
        return Panache.getSession().chain(session -> {
            var insert = session.createNativeQuery(
                    "INSERT INTO processed_event (consumer, event_id) SELECT CAST(:consumer AS text), ids.* FROM "
                            + ids.unnest() + " AS ids ON CONFLICT DO NOTHING RETURNING event_id",
                    String.class);
            insert.setParameter("consumer", consumer);
            ids.bind(insert::setParameter);
            return insert.getResultList().map(Set::copyOf);
        });
    }

    /**
     * Runs {@code effect} in a transaction unless {@code consumer} already applied {@code eventId}.
     *
     * <p>Repositories used inside {@code effect} join the same transaction. A concurrent delivery of the same event
     * waits on the other's uncommitted row and then skips.
     *
     * @return true if the effect ran, false for a duplicate
     */
    public Uni<Boolean> applyOnce(String consumer, String eventId, Supplier<Uni<?>> effect) {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(RECORD)
                        .setParameter("consumer", consumer)
                        .setParameter("eventId", eventId)
                        .executeUpdate())
                .chain(recorded -> recorded == 0
                        ? Uni.createFrom().item(false)
                        : effect.get().replaceWith(true)));
    }
}
