package dev.tandem.gateway.cta;

import dev.tandem.gateway.account.Account;
import dev.tandem.gateway.config.Roles;
import dev.tandem.gateway.paging.OneCallEach;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

/** An account's CTAs, loaded for a whole page of accounts in one call to cta-service; a CTA's tasks. */
@GraphQLApi
public class CtaFields {

    private final CtaClient ctas;

    public CtaFields(CtaClient ctas) {
        this.ctas = ctas;
    }

    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("The account's CTAs of a status (OPEN unless asked otherwise), newest first; for a page of accounts,"
            + " one call to cta-service per 200 CTAs.")
    public Uni<List<List<Cta>>> ctas(@Source List<Account> accounts, @DefaultValue("OPEN") CtaStatus status) {
        List<UUID> ids = accounts.stream().map(Account::id).distinct().toList();
        return ctas.ofAccounts(ids, status).map(found -> byAccount(accounts, found));
    }

    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("The CTA's tasks by due date: a call per CTA, asked of at most 10 CTAs.")
    public Uni<List<List<CtaTask>>> tasks(@Source List<Cta> ctas) {
        return OneCallEach.load("tasks", ctas, cta -> this.ctas.tasks(cta.id()));
    }

    private static List<List<Cta>> byAccount(List<Account> accounts, List<Cta> found) {
        Map<UUID, List<Cta>> grouped = new LinkedHashMap<>();
        found.forEach(cta -> grouped.computeIfAbsent(cta.accountId(), id -> new ArrayList<>())
                .add(cta));
        return accounts.stream()
                .map(a -> grouped.getOrDefault(a.id(), List.of()))
                .toList();
    }
}
