package dev.tandem.cta.cta.rest;

import dev.tandem.cta.cta.service.CockpitService;
import dev.tandem.platform.paging.PageParameters;
import dev.tandem.platform.security.Callers;
import dev.tandem.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/cockpit")
@Tag(name = "CTAs")
@RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
public class CockpitResource {

    private final CockpitService service;
    private final SecurityIdentity identity;

    public CockpitResource(CockpitService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(
            summary = "The caller's open, unsnoozed CTAs, most urgent first: lower health, higher ARR and a nearer"
                    + " renewal rank higher")
    public Uni<List<QueueItemResponse>> queue(
            @QueryParam("first")
                    @DefaultValue("" + PageParameters.DEFAULT_SIZE)
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = PageParameters.MAX_SIZE, message = "must be at most " + PageParameters.MAX_SIZE)
                    int first) {
        return service.queue(Callers.of(identity).subject(), first)
                .map(items -> items.stream().map(QueueItemResponse::of).toList());
    }
}
