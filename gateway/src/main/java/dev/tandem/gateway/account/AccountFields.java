package dev.tandem.gateway.account;

import dev.tandem.gateway.config.Roles;
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
 * fields for the account 360 view, not for a page of accounts (the complexity limit keeps a page from asking them).
 */
@GraphQLApi
public class AccountFields {

    private final AccountClient accounts;

    public AccountFields(AccountClient accounts) {
        this.accounts = accounts;
    }

    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("The account's end users, a page at a time.")
    public Uni<UserConnection> users(@Source Account account, @DefaultValue("50") int first, String after) {
        return PageSize.checked(first)
                .chain(size -> accounts.users(account.externalId(), size, after))
                .map(UserConnection::of);
    }

    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("The account's contracts.")
    public Uni<List<Contract>> contracts(@Source Account account) {
        return accounts.contracts(account.externalId());
    }
}
