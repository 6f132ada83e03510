package dev.tandem.gateway.team;

import dev.tandem.gateway.client.Downstream;
import dev.tandem.gateway.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** cta-service's team directory, guarded like every downstream call: timeout, retries, circuit breaker. */
@ApplicationScoped
public class TeamClient {

    private static final String SERVICE = "cta";

    private final Downstream downstream;
    private final TeamApi api;

    public TeamClient(Downstream downstream) {
        this.downstream = downstream;
        this.api = downstream.api(SERVICE, TeamApi.class);
    }

    public Uni<Page<Csm>> csms(String role, int first, String after) {
        return downstream.read(SERVICE, () -> api.csms(role, first, after));
    }
}
