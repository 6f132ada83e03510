package dev.tandem.cta.timeline.rest;

import dev.tandem.cta.timeline.domain.SearchScope;
import dev.tandem.cta.timeline.service.TouchpointFinder;
import dev.tandem.cta.timeline.service.TouchpointReader;
import dev.tandem.cta.timeline.service.TouchpointService;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.paging.PageParameters;
import dev.tandem.platform.security.Callers;
import dev.tandem.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One touchpoint: read, changed or deleted. */
@Path("/api/v1/touchpoints")
@Tag(name = "Touchpoints")
public class TouchpointResource {

    private final TouchpointService service;
    private final TouchpointReader reader;
    private final TouchpointFinder finder;
    private final SecurityIdentity identity;

    public TouchpointResource(
            TouchpointService service, TouchpointReader reader, TouchpointFinder finder, SecurityIdentity identity) {
        this.service = service;
        this.reader = reader;
        this.finder = finder;
        this.identity = identity;
    }

    @GET
    @Path("/search")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary = "Full-text search over a CSM's book: the touchpoints of the accounts they are CSM of (csmId,"
                    + " the caller by default), best match first")
    public Uni<Page<SearchHitResponse>> searchBook(
            @QueryParam("csmId") @Size(max = 100, message = "must be at most 100 characters") String csmId,
            @BeanParam @Valid SearchParameters search,
            @BeanParam @Valid PageParameters page) {
        String csm = csmId != null ? csmId : Callers.of(identity).subject();
        return finder.search(new SearchScope.Book(csm), search.q, page.first, page.after)
                .map(found -> found.map(SearchHitResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "A touchpoint with its participants")
    public Uni<TouchpointResponse> get(@PathParam("id") UUID id) {
        return reader.get(id).map(TouchpointResponse::of);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(
            summary = "Replace a touchpoint's content (yours, or on an account you are CSM of)",
            description = "Announced as dev.tandem.cta.touchpoint-recorded.v1 with the next version when something"
                    + " changed; the same content again changes and announces nothing. The author stays.")
    public Uni<TouchpointResponse> update(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = AccountTouchpointResource.BODY_REQUIRED) TouchpointRequest request) {
        return service.update(id, request.toDraft(), Callers.of(identity))
                .chain(written -> reader.get(id))
                .map(TouchpointResponse::of);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(
            summary = "Delete a touchpoint (yours, or on an account you are CSM of)",
            description = "Announced as dev.tandem.cta.touchpoint-deleted.v1 with the next version.")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return service.delete(id, Callers.of(identity))
                .map(nothing -> Response.noContent().build());
    }
}
