package dev.tandem.gateway.touchpoint;

import dev.tandem.gateway.config.Roles;
import dev.tandem.gateway.paging.PageSize;
import dev.tandem.gateway.touchpoint.TouchpointSearch.TouchpointHitConnection;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Reading touchpoints: one whole, a search, and the kinds there are. The account timeline lists them in order. */
@GraphQLApi
public class TouchpointQueries {

    private final TouchpointClient touchpoints;

    public TouchpointQueries(TouchpointClient touchpoints) {
        this.touchpoints = touchpoints;
    }

    @Query("touchpoint")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("A touchpoint whole, with its body; NOT_FOUND once deleted.")
    public Uni<Touchpoint> touchpoint(@NonNull UUID id) {
        return touchpoints.get(id);
    }

    @Query("searchTouchpoints")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("Full-text search over touchpoints (words, \"phrases\", or, -word), best match first: of one account"
            + " when accountId is given, else of a CSM's book (csmId, the caller's own by default). At most 1,000"
            + " deep.")
    public Uni<TouchpointHitConnection> searchTouchpoints(
            @NonNull String query,
            @Description("Tandem's account id") UUID accountId,
            String csmId,
            @DefaultValue("20") int first,
            String after) {
        return PageSize.checked(first)
                .chain(size -> touchpoints.search(query, accountId, csmId, size, after))
                .map(TouchpointHitConnection::of);
    }

    @Query("touchpointTypes")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("The kinds of touchpoint, built in first, then those cs-admins added.")
    public Uni<List<TouchpointType>> touchpointTypes() {
        return touchpoints.types();
    }
}
