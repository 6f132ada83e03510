package dev.tandem.content.item.rest;

import dev.tandem.content.item.service.ContentItemService;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.paging.PageParameters;
import dev.tandem.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/content")
@Tag(name = "Content")
public class ContentItemResource {

    private final ContentItemService service;
    private final SecurityIdentity identity;

    public ContentItemResource(ContentItemService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.CS_ADMIN)
    @Operation(summary = "Write a content item (a draft unless its status says PUBLISHED)")
    public Uni<Response> create(@Valid @NotNull(message = "a JSON body is required") ContentItemRequest request) {
        return Uni.createFrom()
                .item(request::toDraft)
                .chain(service::create)
                .map(created -> Response.created(URI.create("/api/v1/content/" + created.id))
                        .entity(ContentItemResponse.of(created))
                        .build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.CS_ADMIN)
    @Operation(
            summary = "Replace a content item",
            description = "Its version rises by one if anything changed. Send the version you last saw to be refused "
                    + "(409) instead of overwriting someone else's change.")
    public Uni<ContentItemResponse> replace(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") ContentItemRequest request) {
        return Uni.createFrom()
                .item(request::toDraft)
                .chain(draft -> service.replace(id, draft))
                .map(ContentItemResponse::of);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.CS_ADMIN)
    @Operation(summary = "Delete a content item, with its view counts")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return service.delete(id).replaceWith(Response.noContent().build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "A content item; drafts are visible to cs-admins only")
    public Uni<ContentItemResponse> get(@PathParam("id") UUID id) {
        return service.get(id, draftsVisible()).map(ContentItemResponse::of);
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary = "List or search the catalog",
            description = "Filters combine with AND; an item that targets no role, plan or touch model in particular "
                    + "matches any. Without q, newest first. With q (web-search syntax: words, \"phrases\", -word, "
                    + "or), full-text search by relevance: PostgreSQL ts_rank, where title matches weigh more than "
                    + "body matches; the query is read in the language filter's configuration if one is given, else "
                    + "in each item's own. Only cs-admins see drafts.")
    public Uni<Page<ContentItemResponse>> list(
            @BeanParam @Valid ContentListParameters filters, @BeanParam @Valid PageParameters page) {
        return Uni.createFrom()
                .item(() -> filters.toFilter(draftsVisible()))
                .chain(filter -> service.find(filter, page.first, page.after))
                .map(result -> result.map(hit -> ContentItemResponse.of(hit.item(), hit.rank())));
    }

    private boolean draftsVisible() {
        return identity.hasRole(Roles.CS_ADMIN);
    }
}
