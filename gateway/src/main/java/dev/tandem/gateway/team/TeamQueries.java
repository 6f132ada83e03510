package dev.tandem.gateway.team;

import dev.tandem.gateway.config.Roles;
import dev.tandem.gateway.paging.PageSize;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class TeamQueries {

    private final TeamClient team;

    public TeamQueries(TeamClient team) {
        this.team = team;
    }

    @Query("csms")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("The team directory: the people with the csm or cs-admin role, by name, with their id (what csmId and"
            + " ownerId hold), user name and e-mail; role narrows it to one role. Read from Keycloak and cached for a few"
            + " minutes; UNAVAILABLE when it cannot be read.")
    public Uni<CsmConnection> csms(
            CsmRole role, @DefaultValue("50") int first, @Description("endCursor of the previous page") String after) {
        return PageSize.checked(first)
                .chain(size -> team.csms(role == null ? null : role.realmRole(), size, after))
                .map(CsmConnection::of);
    }
}
