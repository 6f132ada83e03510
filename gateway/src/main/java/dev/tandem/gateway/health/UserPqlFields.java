package dev.tandem.gateway.health;

import dev.tandem.gateway.account.EndUser;
import dev.tandem.gateway.config.Roles;
import dev.tandem.gateway.paging.OneCallEach;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

/** An end user's PQL score: health-service scores one user a call, so it is for a few users at a time. */
@GraphQLApi
public class UserPqlFields {

    private final HealthClient health;

    public UserPqlFields(HealthClient health) {
        this.health = health;
    }

    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description(
            "The user's product-qualified (PQL) score now: a call per user, asked of at most 10 users (users(first:"
                    + " 10)); null for a user erased or without an id.")
    public Uni<List<UserPqlScore>> pql(@Source List<EndUser> users) {
        return OneCallEach.load("pql", users, this::scoreOf);
    }

    private Uni<UserPqlScore> scoreOf(EndUser user) {
        if (user.externalId() == null || user.accountExternalId() == null) {
            return Uni.createFrom().nullItem();
        }
        return health.userPql(user.accountExternalId(), user.externalId());
    }
}
