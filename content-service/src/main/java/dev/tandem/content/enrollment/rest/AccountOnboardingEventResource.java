package dev.tandem.content.enrollment.rest;

import dev.tandem.content.enrollment.domain.OnboardingEvent;
import dev.tandem.content.enrollment.service.EnrollmentQueries;
import dev.tandem.platform.paging.BeforeParameters;
import dev.tandem.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/{accountId}/onboarding-events")
@Tag(name = "Enrollments")
public class AccountOnboardingEventResource {

    private final EnrollmentQueries queries;

    public AccountOnboardingEventResource(EnrollmentQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary = "An account's onboarding as it happened, newest first: enrollments started, milestones reached,"
                    + " enrollments succeeded or failed; at or before `before` (default: now), at most `limit`"
                    + " (default 50, at most 200)",
            description = "Enrollments start, milestones are reached and enrollments end on days: each happens at"
                    + " the start of its day (UTC). The account timeline in the gateway merges it with the other services'"
                    + " lists.")
    public Uni<List<OnboardingEvent>> ofAccount(
            @PathParam("accountId") UUID accountId, @BeanParam @Valid BeforeParameters window) {
        return queries.events(accountId, window.beforeOrLatest(), window.limit);
    }
}
