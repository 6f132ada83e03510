package dev.tandem.gateway.health;

import dev.tandem.gateway.account.Account;
import dev.tandem.gateway.config.Roles;
import dev.tandem.gateway.error.InvalidInput;
import dev.tandem.gateway.paging.OneCallEach;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

/** An account's health, loaded for a whole page of accounts in one call to health-service. */
@GraphQLApi
public class HealthFields {

    private final HealthClient health;

    public HealthFields(HealthClient health) {
        this.health = health;
    }

    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("The account's health now; for a page of accounts, one call to health-service.")
    public Uni<List<Health>> health(@Source List<Account> accounts) {
        List<String> ids = accounts.stream().map(Account::externalId).distinct().toList();
        return health.scores(ids).map(byId -> inOrder(accounts, byId));
    }

    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("The account's health over the last days (1-365): a call per account, asked of at most 10 accounts.")
    public Uni<List<HealthHistory>> healthHistory(@Source List<Account> accounts, @DefaultValue("30") int days) {
        if (days < 1 || days > 365) {
            return Uni.createFrom().failure(new InvalidInput("days: must be between 1 and 365"));
        }
        return OneCallEach.load("healthHistory", accounts, account -> health.history(account.externalId(), days));
    }

    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("The account's product-qualified (PQL) score now, for free and trial accounts: a call per account,"
            + " asked of at most 10 accounts.")
    public Uni<List<PqlScore>> pql(@Source List<Account> accounts) {
        return OneCallEach.load("pql", accounts, account -> health.pql(account.externalId()));
    }

    private static List<Health> inOrder(List<Account> accounts, Map<String, Health> byId) {
        return accounts.stream().map(a -> byId.get(a.externalId())).toList();
    }
}
