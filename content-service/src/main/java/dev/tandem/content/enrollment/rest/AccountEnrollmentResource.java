package dev.tandem.content.enrollment.rest;

import dev.tandem.content.enrollment.service.EnrollmentQueries;
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

@Path("/api/v1/accounts/{accountId}/enrollments")
@Tag(name = "Enrollments")
public class AccountEnrollmentResource {

    private final EnrollmentQueries queries;

    public AccountEnrollmentResource(EnrollmentQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "An account's enrollments, newest first, with their progress")
    public Uni<List<EnrollmentResponse>> ofAccount(@PathParam("accountId") UUID accountId) {
        return queries.ofAccount(accountId)
                .map(list -> list.stream().map(EnrollmentResponse::of).toList());
    }
}
