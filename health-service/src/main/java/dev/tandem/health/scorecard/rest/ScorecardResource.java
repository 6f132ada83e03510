package dev.tandem.health.scorecard.rest;

import dev.tandem.health.scorecard.service.ScorecardService;
import dev.tandem.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/scorecards")
@Tag(name = "Scorecards")
@RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
public class ScorecardResource {

    private final ScorecardService service;

    public ScorecardResource(ScorecardService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List the scorecards with their groups and weights")
    public Uni<List<ScorecardResponse>> list() {
        return service.list()
                .map(list -> list.stream().map(ScorecardResponse::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one scorecard")
    public Uni<ScorecardResponse> get(@PathParam("id") UUID id) {
        return service.get(id).map(ScorecardResponse::of);
    }
}
