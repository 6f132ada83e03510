package dev.tandem.health.scorecard.rest;

import dev.tandem.health.scorecard.service.ScorecardService;
import dev.tandem.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/scorecards")
@Tag(name = "Scorecards")
public class ScorecardResource {

    /** A scorecard after a change, and the rescoring of all accounts the change queued. */
    public record Changed(ScorecardResponse scorecard, RescoreJobResponse rescore) {}

    private final ScorecardService service;

    public ScorecardResource(ScorecardService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "The scorecards: the default first, then in the order they are tried")
    public Uni<List<ScorecardResponse>> list() {
        return service.list()
                .map(list -> list.stream().map(ScorecardResponse::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "Read one scorecard")
    public Uni<ScorecardResponse> get(@PathParam("id") UUID id) {
        return service.get(id).map(ScorecardResponse::of);
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary = "Every version of a scorecard, newest first, each with the time it came into force: a past day"
                    + " is scored on the version in force then")
    public Uni<List<VersionResponse>> versions(@PathParam("id") UUID id) {
        return service.versions(id)
                .map(found -> found.stream()
                        .map(version -> new VersionResponse(
                                version.scorecard().version(),
                                version.effectiveAt(),
                                version.deleted(),
                                ScorecardResponse.of(version.scorecard())))
                        .toList());
    }

    /** One version of a scorecard: as it was from {@code effectiveAt}, or deleted then. */
    public record VersionResponse(int version, Instant effectiveAt, boolean deleted, ScorecardResponse scorecard) {}

    @POST
    @RolesAllowed(Roles.CS_ADMIN)
    @Operation(
            summary = "Create a scorecard; every account is then rescored in the background",
            description =
                    "Groups hold weighted measures; each measure scores a metric over a window LINEAR (two points,"
                            + " clamped), by THRESHOLD bands, or MANUAL (a CSM's points with an expiry). Criteria (stages,"
                            + " touch models, plans) and priority decide which accounts it judges.")
    public Uni<Response> create(@NotNull(message = "a JSON body is required") ScorecardRequest request) {
        return service.create(request.toDraft())
                .map(changed -> Response.created(URI.create(
                                "/api/v1/scorecards/" + changed.scorecard().id()))
                        .type(MediaType.APPLICATION_JSON)
                        .entity(respond(changed))
                        .build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.CS_ADMIN)
    @Operation(summary = "Replace a scorecard, naming the version the edit started from; every account is rescored")
    public Uni<Changed> replace(
            @PathParam("id") UUID id, @NotNull(message = "a JSON body is required") ScorecardRequest request) {
        return service.replace(id, request.toDraft(), request.requireVersion()).map(ScorecardResource::respond);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.CS_ADMIN)
    @Operation(summary = "Delete a scorecard other than the default; its accounts are rescored on another")
    public Uni<RescoreJobResponse> delete(@PathParam("id") UUID id) {
        return service.delete(id).map(RescoreJobResponse::of);
    }

    private static Changed respond(ScorecardService.Changed changed) {
        return new Changed(ScorecardResponse.of(changed.scorecard()), RescoreJobResponse.of(changed.rescore()));
    }
}
