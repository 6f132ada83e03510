package dev.tandem.cta.cta.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.cta.cta.domain.CtaStatus;
import dev.tandem.cta.cta.service.CtaResolution;
import dev.tandem.cta.cta.service.CtaService;
import dev.tandem.cta.cta.service.CtaUpdater;
import dev.tandem.cta.cta.service.QueueService;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.paging.PageParameters;
import dev.tandem.platform.security.Callers;
import dev.tandem.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ctas")
@Tag(name = "CTAs")
public class CtaResource {

    private static final String BODY_REQUIRED = "a JSON body is required";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final CtaService service;
    private final CtaUpdater updater;
    private final CtaResolution resolution;
    private final QueueService queues;
    private final SecurityIdentity identity;

    public CtaResource(
            CtaService service,
            CtaUpdater updater,
            CtaResolution resolution,
            QueueService queues,
            SecurityIdentity identity) {
        this.service = service;
        this.updater = updater;
        this.resolution = resolution;
        this.queues = queues;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(
            summary = "Open a CTA by hand; 201 when new, 200 when the account already had one open of this type and"
                    + " reason, which the request then adds to")
    public Uni<Response> open(@Valid @NotNull(message = BODY_REQUIRED) CtaRequests.Create request) {
        return service.open(request.toRequest(), Callers.of(identity))
                .map(opened -> (opened.created()
                                ? Response.created(URI.create("/api/v1/ctas/" + opened.cta().id))
                                : Response.ok())
                        .type(MediaType.APPLICATION_JSON)
                        .entity(CtaResponse.of(opened.cta()))
                        .build());
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary = "CTAs, newest first, filtered by account (repeat accountId for up to 200), owner, status, type"
                    + " or source")
    public Uni<Page<CtaResponse>> list(
            @BeanParam @Valid CtaListParameters filters, @BeanParam @Valid PageParameters page) {
        return service.list(filters.toFilter(), page.first, page.after).map(found -> found.map(CtaResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "A CTA with its comments, linked signals and tasks")
    public Uni<CtaDetailResponse> get(@PathParam("id") UUID id) {
        return service.get(id).map(CtaDetailResponse::of);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(
            summary = "Change an open CTA's priority or due date (null clears it) by JSON merge patch; other fields"
                    + " are refused by name",
            description = "Announced as dev.tandem.cta.updated.v1 when something changed; a patch that changes"
                    + " nothing answers the CTA and announces nothing. 409 for a closed CTA.")
    public Uni<CtaResponse> update(@PathParam("id") UUID id, ObjectNode body) {
        return updater.update(id, CtaPatchRequest.read(body), Callers.of(identity))
                .map(CtaResponse::of);
    }

    @POST
    @Path("/{id}/comments")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(summary = "Comment on a CTA you own or whose account you own")
    public Uni<Response> comment(
            @PathParam("id") UUID id, @Valid @NotNull(message = BODY_REQUIRED) CtaRequests.Comment request) {
        return service.comment(id, request.body(), Callers.of(identity))
                .map(comment -> Response.status(Response.Status.CREATED)
                        .type(MediaType.APPLICATION_JSON)
                        .entity(CtaDetailResponse.CommentResponse.of(comment))
                        .build());
    }

    @POST
    @Path("/{id}/snooze")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(summary = "Snooze an open CTA until a day; rules do not add to it meanwhile")
    public Uni<CtaResponse> snooze(
            @PathParam("id") UUID id, @Valid @NotNull(message = BODY_REQUIRED) CtaRequests.Snooze request) {
        return service.snooze(id, request.until(), request.reason(), Callers.of(identity))
                .map(CtaResponse::of);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(summary = "Close an open CTA as a success or as lost, with a reason")
    public Uni<CtaResponse> close(
            @PathParam("id") UUID id, @Valid @NotNull(message = BODY_REQUIRED) CtaRequests.Close request) {
        return service.close(id, CtaStatus.valueOf(request.outcome().name()), request.reason(), Callers.of(identity))
                .map(CtaResponse::of);
    }

    @POST
    @Path("/{id}/take")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(
            summary = "Take an open CTA (\"I'm on it\"): it stays open until closed by hand, even when its condition"
                    + " clears")
    public Uni<CtaResponse> take(@PathParam("id") UUID id) {
        return resolution.take(id, Callers.of(identity)).map(CtaResponse::of);
    }

    @POST
    @Path("/{id}/pull")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(summary = "Pull a CTA waiting in a queue: the caller becomes its owner; 409 when someone owns it")
    public Uni<CtaResponse> pull(@PathParam("id") UUID id) {
        return queues.pull(id, Callers.of(identity)).map(CtaResponse::of);
    }

    @POST
    @Path("/{id}/reassign")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(summary = "Give an open CTA to another owner")
    public Uni<CtaResponse> reassign(
            @PathParam("id") UUID id, @Valid @NotNull(message = BODY_REQUIRED) CtaRequests.Reassign request) {
        return service.reassign(id, request.ownerId(), Callers.of(identity)).map(CtaResponse::of);
    }

    @POST
    @Path("/reassign")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(summary = "Give up to 200 open CTAs to another owner, all or none")
    public Uni<List<CtaResponse>> reassignAll(
            @Valid @NotNull(message = BODY_REQUIRED) CtaRequests.BulkReassign request) {
        return service.reassignAll(request.ctaIds(), request.ownerId(), Callers.of(identity))
                .map(ctas -> ctas.stream().map(CtaResponse::of).toList());
    }
}
