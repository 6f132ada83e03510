package dev.tandem.gateway.account;

import dev.tandem.gateway.config.Roles;
import dev.tandem.gateway.paging.PageSize;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class AccountQueries {

    private final AccountClient accounts;

    public AccountQueries(AccountClient accounts) {
        this.accounts = accounts;
    }

    @Query("account")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("One account by the vendor's id: the account 360 view. NOT_FOUND when there is none.")
    public Uni<Account> account(@NonNull String externalId) {
        return accounts.get(externalId);
    }

    @Query("accounts")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description(
            "Accounts, filtered and sorted (by name unless orderBy says otherwise), a page at a time (at most 200)."
                    + " Asking for health, CTAs and onboarding of a page costs one call to each service, whatever the page"
                    + " size.")
    public Uni<AccountConnection> accounts(
            AccountFilter filter,
            AccountOrder orderBy,
            @DefaultValue("50") int first,
            @Description("endCursor of the previous page, asked for with the same orderBy") String after) {
        return PageSize.checked(first)
                .chain(size -> accounts.list(filter, orderBy, size, after))
                .map(AccountConnection::of);
    }
}
