package dev.tandem.health.activity.rest;

import dev.tandem.health.activity.repository.UserActivityReader.UserFigures;
import dev.tandem.health.activity.service.UserActivityService;
import dev.tandem.health.activity.service.UserActivityService.UserActivity;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.paging.PageParameters;
import dev.tandem.platform.security.Roles;
import dev.tandem.platform.validation.ExternalId;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * End users' activity, by the vendor's ids. Read by the roles that read accounts' activity; integrators get no end
 * user's figures back.
 */
// Not at /accounts/{accountId}/users: a resource there would take every path below it, the users' PQL too.
@Path("/api/v1")
@Tag(name = "Activity")
@RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
public class UserActivityResource {

    private final UserActivityService service;

    public UserActivityResource(UserActivityService service) {
        this.service = service;
    }

    @GET
    @Path("/accounts/{accountId}/users")
    @Operation(
            summary = "The account's end users with signals in the last days, most days of product use first: active"
                    + " days, signals, logins, feature uses and when last seen. Who the regular users are, and who"
                    + " went quiet")
    public Uni<Page<UserFigures>> users(
            @PathParam("accountId") @ExternalId String accountId,
            @QueryParam("days")
                    @DefaultValue("30")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 365, message = "must be at most 365")
                    int days,
            @BeanParam @Valid PageParameters page) {
        return service.users(accountId, days, page.first, page.after);
    }

    @GET
    @Path("/accounts/{accountId}/users/{userId}/activity")
    @Operation(
            summary = "An end user's last days: active days, signals, logins and feature uses, when last seen, and"
                    + " each day with signals; zeros for a user without signals in them")
    public Uni<UserActivity> activity(
            @PathParam("accountId") @ExternalId String accountId,
            @PathParam("userId") @ExternalId String userId,
            @QueryParam("days")
                    @DefaultValue("30")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 365, message = "must be at most 365")
                    int days) {
        return service.ofUser(accountId, userId, days);
    }
}
