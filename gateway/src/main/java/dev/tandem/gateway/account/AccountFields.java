package dev.tandem.gateway.account;

import dev.tandem.gateway.config.Roles;
import dev.tandem.gateway.paging.OneCallEach;
import dev.tandem.gateway.paging.PageSize;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

/**
 * An account's users and contracts. account-service lists them per account only, so each costs a call per account:
 * fields for the account 360 view, refused on more than {@link OneCallEach#MAX_PARENTS} accounts.
 */
@GraphQLApi
public class AccountFields {

    private final AccountClient accounts;

    public AccountFields(AccountClient accounts) {
        this.accounts = accounts;
    }

    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("The account's end users, a page at a time: a call per account, asked of at most 10 accounts.")
    public Uni<List<UserConnection>> users(
            @Source List<Account> accounts, @DefaultValue("50") int first, String after) {
        return PageSize.checked(first)
                .chain(size -> OneCallEach.load(
                        "users",
                        accounts,
                        account -> this.accounts
                                .users(account.externalId(), size, after)
                                .map(page -> UserConnection.of(account.externalId(), page))));
    }

    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("The account's contracts: a call per account, asked of at most 10 accounts.")
    public Uni<List<List<Contract>>> contracts(@Source List<Account> accounts) {
        return OneCallEach.load("contracts", accounts, account -> this.accounts.contracts(account.externalId()));
    }
}
