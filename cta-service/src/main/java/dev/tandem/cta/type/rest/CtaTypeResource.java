package dev.tandem.cta.type.rest;

import dev.tandem.cta.type.service.CtaTypeService;
import dev.tandem.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/cta-types")
@Tag(name = "CTA types")
@RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
public class CtaTypeResource {

    private final CtaTypeService service;

    public CtaTypeResource(CtaTypeService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List the kinds of call to action, built-in ones first")
    public Uni<List<CtaTypeResponse>> list() {
        return service.list()
                .map(types -> types.stream().map(CtaTypeResponse::of).toList());
    }
}
