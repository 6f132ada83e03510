package dev.tandem.health.score.rest;

import dev.tandem.health.score.service.CoverageService;
import dev.tandem.health.score.service.CoverageService.Coverage;
import dev.tandem.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/scorecards/{id}/coverage")
@Tag(name = "Scorecards")
public class CoverageResource {

    private final CoverageService service;

    public CoverageResource(CoverageService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary = "For each measure of the scorecard, how many of all accounts have data for it today: a data"
                    + " source of its metric connected, or a CSM's points; the rest see it as N/A")
    public Uni<Coverage> get(@PathParam("id") UUID id) {
        return service.of(id);
    }
}
