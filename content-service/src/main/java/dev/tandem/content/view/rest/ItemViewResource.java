package dev.tandem.content.view.rest;

import dev.tandem.content.view.service.ViewStatistics;
import dev.tandem.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/content/{id}/views")
@Tag(name = "Content")
public class ItemViewResource {

    private final ViewStatistics statistics;
    private final SecurityIdentity identity;

    public ItemViewResource(ViewStatistics statistics, SecurityIdentity identity) {
        this.statistics = statistics;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary = "Views and completions of an item, over all accounts",
            description = "Counted from content_viewed signals, each signal once however often it is delivered.")
    public Uni<ViewStatistics.ItemViews> ofItem(@PathParam("id") UUID id) {
        return statistics.ofItem(id, identity.hasRole(Roles.CS_ADMIN));
    }
}
