package dev.tandem.content.stats.rest;

import dev.tandem.content.stats.service.OnboardingStats;
import dev.tandem.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/programs/{id}/stats")
@Tag(name = "Onboarding programs")
public class ProgramStatsResource {

    private final OnboardingStats stats;

    public ProgramStatsResource(OnboardingStats stats) {
        this.stats = stats;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary = "How a program performs",
            description = "Enrolled, in progress, succeeded and failed, overall and by cohort (the month the contract "
                    + "started); success rate = succeeded / (succeeded + failed), open enrollments left out; median "
                    + "days to success; how many enrollments reached each milestone; and the milestone where most "
                    + "accounts that have not succeeded stand (their earliest unmet one).")
    public Uni<OnboardingStats.ProgramStats> get(@PathParam("id") UUID id) {
        return stats.of(id);
    }
}
