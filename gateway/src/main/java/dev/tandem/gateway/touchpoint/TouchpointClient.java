package dev.tandem.gateway.touchpoint;

import dev.tandem.gateway.client.Downstream;
import dev.tandem.gateway.paging.Page;
import dev.tandem.gateway.touchpoint.TouchpointSearch.TouchpointHit;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** cta-service's touchpoints, guarded as every downstream call is: timeout, retries on reads, circuit breaker. */
@ApplicationScoped
public class TouchpointClient {

    private static final String SERVICE = "cta";

    private final Downstream downstream;
    private final TouchpointApi api;

    public TouchpointClient(Downstream downstream) {
        this.downstream = downstream;
        this.api = downstream.api(SERVICE, TouchpointApi.class);
    }

    public Uni<Touchpoint> get(UUID id) {
        return downstream.read(SERVICE, () -> api.get(id));
    }

    /** Searches one account when {@code accountId} is given, else the book of {@code csmId} (the caller's if null). */
    public Uni<Page<TouchpointHit>> search(String query, UUID accountId, String csmId, int first, String after) {
        return downstream.read(
                SERVICE,
                () -> accountId != null
                        ? api.searchAccount(accountId, query, first, after)
                        : api.searchBook(query, csmId, first, after));
    }

    public Uni<List<TouchpointType>> types() {
        return downstream.read(SERVICE, api::types);
    }

    public Uni<Touchpoint> record(UUID accountId, TouchpointInput touchpoint) {
        return downstream.write(SERVICE, () -> api.record(accountId, touchpoint));
    }

    public Uni<Touchpoint> update(UUID id, TouchpointInput touchpoint) {
        return downstream.write(SERVICE, () -> api.update(id, touchpoint));
    }

    public Uni<Void> delete(UUID id) {
        return downstream.write(SERVICE, () -> api.delete(id));
    }

    public Uni<TouchpointType> addType(TouchpointTypeInput type) {
        return downstream.write(SERVICE, () -> api.addType(type));
    }
}
