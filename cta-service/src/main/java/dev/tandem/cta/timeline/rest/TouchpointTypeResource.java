package dev.tandem.cta.timeline.rest;

import dev.tandem.cta.timeline.domain.TouchpointType;
import dev.tandem.cta.timeline.service.TouchpointTypeService;
import dev.tandem.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/touchpoint-types")
@Tag(name = "Touchpoints")
public class TouchpointTypeResource {

    private final TouchpointTypeService service;

    public TouchpointTypeResource(TouchpointTypeService service) {
        this.service = service;
    }

    /** A kind of touchpoint as the API shows and takes it. */
    public record TouchpointTypeBody(
            @NotNull(message = "is required")
            @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be 2-40 capitals, digits or _, a capital first")
            String key,

            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
            String name,

            @Size(max = 500, message = "must be at most 500 characters")
            String description,

            boolean builtIn) {

        static TouchpointTypeBody of(TouchpointType type) {
            return new TouchpointTypeBody(type.key, type.name, type.description, type.builtIn);
        }
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER, Roles.INTEGRATOR})
    @Operation(summary = "The kinds of touchpoint: CALL, MEETING, QBR, EMAIL, NOTE, ONSITE, then those added")
    public Uni<List<TouchpointTypeBody>> list() {
        return service.list()
                .map(types -> types.stream().map(TouchpointTypeBody::of).toList());
    }

    @POST
    @RolesAllowed(Roles.CS_ADMIN)
    @Operation(summary = "Add a kind of touchpoint (at most 50 in all); 409 when the key exists")
    public Uni<Response> add(@Valid @NotNull(message = "a JSON body is required") TouchpointTypeBody body) {
        return service.add(body.key(), body.name(), body.description())
                .map(type -> Response.status(Response.Status.CREATED)
                        .type(MediaType.APPLICATION_JSON)
                        .entity(TouchpointTypeBody.of(type))
                        .build());
    }
}
