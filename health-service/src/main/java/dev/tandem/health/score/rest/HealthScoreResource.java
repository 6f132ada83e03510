package dev.tandem.health.score.rest;

import dev.tandem.health.domain.scoring.HealthScore;
import dev.tandem.health.score.service.HealthScoreService;
import dev.tandem.platform.security.Roles;
import dev.tandem.platform.validation.ExternalId;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/{accountId}/health")
@Tag(name = "Health scores")
public class HealthScoreResource {

    private final HealthScoreService service;

    public HealthScoreResource(HealthScoreService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary = "The account's health now (by the vendor's account id): score 0-100 or null for N/A, band, "
                    + "each group and measure with raw value, points, effective weight and contribution, and what pulls the "
                    + "score down most")
    public Uni<HealthScore> get(@PathParam("accountId") @ExternalId String accountId) {
        return service.score(accountId);
    }
}
