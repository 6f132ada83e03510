package dev.tandem.health.growth.rest;

import dev.tandem.health.growth.service.GrowthMetricsService;
import dev.tandem.health.growth.service.GrowthMetricsService.GrowthMetrics;
import dev.tandem.platform.security.Roles;
import dev.tandem.platform.validation.ExternalId;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/growth-metrics")
@Tag(name = "Growth")
public class GrowthMetricsResource {

    private final GrowthMetricsService service;

    public GrowthMetricsResource(GrowthMetricsService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary = "Viral coefficient K, NPS and usage-frequency bands over the last days, for all accounts or "
                    + "one (the vendor's account id)")
    public Uni<GrowthMetrics> get(
            @QueryParam("days")
                    @DefaultValue("30")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 365, message = "must be at most 365")
                    int days,
            @QueryParam("accountId") @ExternalId String accountId) {
        return service.over(days, accountId);
    }
}
