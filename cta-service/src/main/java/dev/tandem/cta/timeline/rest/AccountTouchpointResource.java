package dev.tandem.cta.timeline.rest;

import dev.tandem.cta.timeline.domain.SearchScope;
import dev.tandem.cta.timeline.service.TouchpointFinder;
import dev.tandem.cta.timeline.service.TouchpointReader;
import dev.tandem.cta.timeline.service.TouchpointService;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.paging.PageParameters;
import dev.tandem.platform.security.Callers;
import dev.tandem.platform.security.Roles;
import dev.tandem.platform.validation.ExternalId;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An account's touchpoints: its timeline, and where CSMs and integrators record them. */
@Path("/api/v1/accounts/{accountId}/touchpoints")
@Tag(name = "Touchpoints")
public class AccountTouchpointResource {

    static final String BODY_REQUIRED = "a JSON body is required";

    private final TouchpointService service;
    private final TouchpointReader reader;
    private final TouchpointFinder finder;
    private final SecurityIdentity identity;

    public AccountTouchpointResource(
            TouchpointService service, TouchpointReader reader, TouchpointFinder finder, SecurityIdentity identity) {
        this.service = service;
        this.reader = reader;
        this.finder = finder;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(
            summary = "Record a touchpoint on an account you are CSM of",
            description = "Announced as dev.tandem.cta.touchpoint-recorded.v1 (version 1). The author is the caller.")
    public Uni<Response> create(
            @PathParam("accountId") UUID accountId,
            @Valid @NotNull(message = BODY_REQUIRED) TouchpointRequest request) {
        return service.create(accountId, request.toDraft(), Callers.of(identity))
                .chain(created -> reader.get(created.id))
                .map(view -> Response.created(URI.create("/api/v1/touchpoints/" + view.touchpoint().id))
                        .type(MediaType.APPLICATION_JSON)
                        .entity(TouchpointResponse.of(view))
                        .build());
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary = "An account's touchpoints, newest first by when they happened; by type, participant (an end"
                    + " user's id or a colleague's) and time range (from inclusive, to exclusive)")
    public Uni<Page<TouchpointResponse>> timeline(
            @PathParam("accountId") UUID accountId,
            @BeanParam @Valid TouchpointListParameters filters,
            @BeanParam @Valid PageParameters page) {
        return reader.timeline(filters.toFilter(accountId), page.first, page.after)
                .map(found -> found.map(TouchpointResponse::of));
    }

    @GET
    @Path("/search")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary = "Full-text search over an account's touchpoints, best match first (subject above body), with"
                    + " the body's matching passages")
    public Uni<Page<SearchHitResponse>> search(
            @PathParam("accountId") UUID accountId,
            @BeanParam @Valid SearchParameters search,
            @BeanParam @Valid PageParameters page) {
        return finder.search(new SearchScope.Account(accountId), search.q, page.first, page.after)
                .map(found -> found.map(SearchHitResponse::of));
    }

    @PUT
    @Path("/external/{source}/{externalId}")
    @RolesAllowed({Roles.INTEGRATOR, Roles.CS_ADMIN, Roles.CSM})
    @Operation(
            summary = "Create or update the touchpoint an integrator's system (source: e.g. gmail, outlook, gong) knows"
                    + " by its own id; the same content again changes nothing",
            description = "201 when created, 200 otherwise. A change is announced as"
                    + " dev.tandem.cta.touchpoint-recorded.v1 with the next version; a resync of the same content is"
                    + " not announced. An integrator may name the author (authorId).")
    public Uni<Response> upsertExternal(
            @PathParam("accountId") UUID accountId,
            @PathParam("source") @ExternalId String source,
            @PathParam("externalId") @ExternalId String externalId,
            @Valid @NotNull(message = BODY_REQUIRED) TouchpointRequest request) {
        return service.upsertExternal(accountId, source, externalId, request.toDraft(), Callers.of(identity))
                .chain(written -> reader.get(written.touchpoint().id)
                        .map(view -> (written.created()
                                        ? Response.created(URI.create("/api/v1/touchpoints/" + view.touchpoint().id))
                                        : Response.ok())
                                .type(MediaType.APPLICATION_JSON)
                                .entity(TouchpointResponse.of(view))
                                .build()));
    }
}
