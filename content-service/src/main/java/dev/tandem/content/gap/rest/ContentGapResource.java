package dev.tandem.content.gap.rest;

import dev.tandem.content.gap.service.ContentGaps;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.paging.PageParameters;
import dev.tandem.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/content-gaps")
@Tag(name = "Use cases")
public class ContentGapResource {

    private final ContentGaps gaps;
    private final SecurityIdentity identity;

    public ContentGapResource(ContentGaps gaps, SecurityIdentity identity) {
        this.gaps = gaps;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary = "Use cases by priority with the content covering each",
            description = "Priority = questions per month x minutes spent explaining per customer, highest first. "
                    + "A use case is a gap while no published item covers it: write for the top gaps first. Drafts under way are "
                    + "listed for cs-admins only.")
    public Uni<Page<ContentGapResponse>> list(@BeanParam @Valid PageParameters page) {
        boolean draftsVisible = identity.hasRole(Roles.CS_ADMIN);
        return gaps.byPriority(page.first, page.after)
                .map(result -> result.map(gap -> ContentGapResponse.of(gap, draftsVisible)));
    }
}
