package dev.tandem.health.activity.rest;

import dev.tandem.health.activity.service.ActivityService;
import dev.tandem.health.activity.service.ActivityService.Activity;
import dev.tandem.platform.security.Roles;
import dev.tandem.platform.validation.ExternalId;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/{accountId}/activity")
@Tag(name = "Activity")
public class ActivityResource {

    private final ActivityService service;

    public ActivityResource(ActivityService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary = "Daily, weekly and monthly active users, last seen, top features and daily figures, by the "
                    + "vendor's account id; counted from signals even before account-service knows the account")
    public Uni<Activity> get(
            @PathParam("accountId") @ExternalId String accountId,
            @QueryParam("days")
                    @DefaultValue("30")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 365, message = "must be at most 365")
                    int days) {
        return service.of(accountId, days);
    }
}
