package dev.tandem.gateway.plan;

import dev.tandem.gateway.account.Account;
import dev.tandem.gateway.config.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

/** An account's success plan, loaded for a whole page of accounts in one call to cta-service per 200 accounts. */
@GraphQLApi
public class PlanFields {

    private final PlanClient plans;

    public PlanFields(PlanClient plans) {
        this.plans = plans;
    }

    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("The account's success plan with its objectives' progress and status and their tasks; null when it"
            + " has none.")
    public Uni<List<SuccessPlan>> successPlan(@Source List<Account> accounts) {
        List<UUID> ids = accounts.stream().map(Account::id).distinct().toList();
        return plans.ofAccounts(ids).map(found -> {
            Map<UUID, SuccessPlan> byAccount =
                    found.stream().collect(Collectors.toMap(SuccessPlan::accountId, Function.identity(), (a, b) -> a));
            return accounts.stream().map(account -> byAccount.get(account.id())).toList();
        });
    }
}
