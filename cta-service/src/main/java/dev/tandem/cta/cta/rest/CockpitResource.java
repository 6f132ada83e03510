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
import jakarta.validation.constraints.Size;
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

    @GET
    @Path("/team")
    @RolesAllowed(Roles.CS_ADMIN)
    @Operation(
            summary = "The team's open, unsnoozed CTAs, owned or waiting in a queue, most urgent first; narrowed by"
                    + " ownerId or queue")
    public Uni<List<QueueItemResponse>> team(
            @QueryParam("ownerId") @Size(max = 200, message = "must be at most 200 characters") String ownerId,
            @QueryParam("queue") @Size(max = 100, message = "must be at most 100 characters") String queue,
            @QueryParam("first")
                    @DefaultValue("" + PageParameters.DEFAULT_SIZE)
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = PageParameters.MAX_SIZE, message = "must be at most " + PageParameters.MAX_SIZE)
                    int first) {
        return service.team(ownerId, queue, first)
                .map(items -> items.stream().map(QueueItemResponse::of).toList());
    }
}
