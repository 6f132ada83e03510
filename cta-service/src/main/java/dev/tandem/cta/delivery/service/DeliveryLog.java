package dev.tandem.cta.delivery.service;

import dev.tandem.cta.delivery.domain.Delivery;
import dev.tandem.cta.delivery.repository.DeliveryRepository;
import dev.tandem.platform.paging.Cursor;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.problem.InvalidInputException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What was sent, is pending or failed: the visible record of outbound deliveries. */
@ApplicationScoped
public class DeliveryLog {

    private final DeliveryRepository deliveries;

    public DeliveryLog(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @WithSession
    public Uni<Page<Delivery>> list(Delivery.Status status, UUID accountId, int first, String after) {
        Instant afterCreated = null;
        UUID afterId = null;
        if (after != null) {
            List<String> position = Cursor.decode(after, 2);
            try {
                afterCreated = Instant.parse(position.get(0));
            } catch (RuntimeException e) {
                throw new InvalidInputException("after", "is not a cursor returned by this API");
            }
            afterId = Cursor.uuidPart(position.get(1));
        }
        return deliveries
                .search(status, accountId, afterCreated, afterId, first + 1)
                .map(found ->
                        Page.of(found, first, d -> Cursor.encode(List.of(d.createdAt.toString(), d.id.toString()))));
    }
}
