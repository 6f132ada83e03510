package dev.tandem.cta.message.rest;

import dev.tandem.cta.message.service.TemplateService;
import dev.tandem.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/message-templates")
@Tag(name = "Tech-touch messages")
public class TemplateResource {

    private final TemplateService service;

    public TemplateResource(TemplateService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "Message templates by name")
    public Uni<List<TemplateResponse>> list() {
        return service.list()
                .map(found -> found.stream().map(TemplateResponse::of).toList());
    }

    @POST
    @RolesAllowed(Roles.CS_ADMIN)
    @Operation(
            summary = "Define a tech-touch message; placeholders: {{account.name}}, {{account.plan}},"
                    + " {{account.stage}}, {{account.touchModel}}, {{account.renewalDate}}, {{score}}, {{band}},"
                    + " {{user.name}}, {{user.email}}, {{trigger}}; {{name|fallback}} for unknown values")
    public Uni<Response> create(@Valid @NotNull(message = "a JSON body is required") TemplateRequest request) {
        return service.create(request.name(), request.channel(), request.subject(), request.body())
                .map(created -> Response.status(Response.Status.CREATED)
                        .type(MediaType.APPLICATION_JSON)
                        .entity(TemplateResponse.of(created))
                        .build());
    }
}
