package dev.tandem.content.program.rest;

import dev.tandem.content.program.service.ProgramService;
import dev.tandem.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/programs")
@Tag(name = "Onboarding programs")
public class ProgramResource {

    private final ProgramService service;

    public ProgramResource(ProgramService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.CS_ADMIN)
    @Operation(
            summary = "Define an onboarding program",
            description = "A period (90 days by default), milestones that together define success, whom it applies to "
                    + "(plans, segments; none for all) and the end policy: PROCEED marks an account that missed success "
                    + "failed (the default), EXTEND gives it one extension of extensionDays. Premium programs, with an "
                    + "optional price, are enrolled by hand; the others automatically when a paid contract starts.")
    public Uni<Response> create(@Valid @NotNull(message = "a JSON body is required") ProgramRequest request) {
        return Uni.createFrom()
                .item(request::toDefinition)
                .chain(service::create)
                .map(created -> Response.created(URI.create("/api/v1/programs/" + created.program().id))
                        .entity(ProgramResponse.of(created))
                        .build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.CS_ADMIN)
    @Operation(
            summary = "Replace an onboarding program",
            description = "Once accounts are enrolled, milestones may be renamed or pointed at other use cases but "
                    + "their number and conditions are fixed (409).")
    public Uni<ProgramResponse> replace(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") ProgramRequest request) {
        return Uni.createFrom()
                .item(request::toDefinition)
                .chain(definition -> service.replace(id, definition))
                .map(ProgramResponse::of);
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "Every onboarding program, by name")
    public Uni<List<ProgramResponse>> list() {
        return service.all().map(all -> all.stream().map(ProgramResponse::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "An onboarding program with its milestones")
    public Uni<ProgramResponse> get(@PathParam("id") UUID id) {
        return service.get(id).map(ProgramResponse::of);
    }
}
