package dev.tandem.content.enrollment.rest;

import dev.tandem.content.enrollment.service.EnrollmentQueries;
import dev.tandem.content.enrollment.service.EnrollmentService;
import dev.tandem.platform.security.Callers;
import dev.tandem.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/enrollments")
@Tag(name = "Enrollments")
public class EnrollmentResource {

    static final int MAX_ACCOUNTS = 200;

    private final EnrollmentService service;
    private final EnrollmentQueries queries;
    private final SecurityIdentity identity;

    public EnrollmentResource(EnrollmentService service, EnrollmentQueries queries, SecurityIdentity identity) {
        this.service = service;
        this.queries = queries;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(
            summary = "Enroll an account in a premium onboarding program it bought",
            description = "Other programs are enrolled automatically when a paid contract starts. The period starts "
                    + "today; milestones the account already met count from the first day. A CSM enrolls only the "
                    + "accounts they are CSM of (else 403), a cs-admin any.")
    public Uni<Response> enroll(@Valid @NotNull(message = "a JSON body is required") EnrollmentRequest request) {
        return service.enrollManually(request.accountId(), request.programId(), Callers.of(identity))
                .chain(enrollment -> queries.get(enrollment.id))
                .map(view -> Response.created(URI.create("/api/v1/enrollments/" + view.enrollment().id))
                        .entity(EnrollmentResponse.of(view))
                        .build());
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary = "The enrollments of up to 200 accounts (repeat accountId), each account's newest first, with"
                    + " their progress: a page of accounts' onboarding in one request")
    public Uni<List<EnrollmentResponse>> ofAccounts(
            @QueryParam("accountId")
                    @NotEmpty(message = "name at least one account")
                    @Size(max = MAX_ACCOUNTS, message = "name at most " + MAX_ACCOUNTS + " accounts")
                    List<UUID> accountId) {
        return queries.ofAccounts(new LinkedHashSet<>(accountId))
                .map(views -> views.stream().map(EnrollmentResponse::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "An enrollment with the milestones reached so far")
    public Uni<EnrollmentResponse> get(@PathParam("id") UUID id) {
        return queries.get(id).map(EnrollmentResponse::of);
    }
}
