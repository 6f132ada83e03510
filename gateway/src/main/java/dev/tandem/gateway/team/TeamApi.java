package dev.tandem.gateway.team;

import dev.tandem.gateway.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** The team directory of cta-service's REST API. */
@Path("/api/v1")
interface TeamApi {

    @GET
    @Path("/csms")
    Uni<Page<Csm>> csms(
            @QueryParam("role") String role, @QueryParam("first") int first, @QueryParam("after") String after);
}
