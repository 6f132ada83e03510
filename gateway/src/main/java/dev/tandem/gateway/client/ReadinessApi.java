package dev.tandem.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A service's readiness probe; answers 2xx when ready, 503 when not. */
@Path("/q/health/ready")
interface ReadinessApi {

    @GET
    Uni<String> ready();
}
