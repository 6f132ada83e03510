package dev.tandem.gateway.portfolio;

import dev.tandem.gateway.account.Account;
import dev.tandem.gateway.account.AccountClient;
import dev.tandem.gateway.account.AccountFilter;
import dev.tandem.gateway.config.Roles;
import dev.tandem.gateway.health.Health;
import dev.tandem.gateway.health.HealthClient;
import dev.tandem.gateway.paging.Page;
import dev.tandem.gateway.paging.PageSize;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/**
 * The portfolio, added up here: no service keeps ARR by health band, since bands live in health-service and ARR in
 * account-service. Each page of 200 accounts costs one call to each; a book larger than {@link #MAX_PAGES} pages is
 * added up over its first accounts and marked incomplete.
 */
@GraphQLApi
public class PortfolioQuery {

    static final int MAX_PAGES = 10;

    private final AccountClient accounts;
    private final HealthClient health;

    public PortfolioQuery(AccountClient accounts, HealthClient health) {
        this.accounts = accounts;
        this.health = health;
    }

    @Query("portfolio")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description(
            "Accounts and ARR by health band, touch model and stage: of one CSM's book (csmId), or of all accounts,"
                    + " up to 2,000 accounts.")
    public Uni<Portfolio> portfolio(String csmId) {
        AccountFilter filter = AccountFilter.ofCsm(csmId);
        return tally(filter, null, new PortfolioTally(), 1);
    }

    private Uni<Portfolio> tally(AccountFilter filter, String after, PortfolioTally tally, int page) {
        return accounts.list(filter, null, PageSize.MAX, after)
                .chain(found -> health.scores(ids(found)).chain(scores -> {
                    found.items().forEach(account -> add(tally, account, scores));
                    if (!found.hasMore()) {
                        return Uni.createFrom().item(tally.result(true));
                    }
                    return page < MAX_PAGES
                            ? tally(filter, found.nextCursor(), tally, page + 1)
                            : Uni.createFrom().item(tally.result(false));
                }));
    }

    private static java.util.List<String> ids(Page<Account> page) {
        return page.items().stream().map(Account::externalId).toList();
    }

    private static void add(PortfolioTally tally, Account account, Map<String, Health> scores) {
        Health score = scores.get(account.externalId());
        tally.add(
                score == null || score.band() == null ? null : score.band().name(),
                account.touchModel() == null ? null : account.touchModel().name(),
                account.stage() == null ? null : account.stage().name(),
                account.arr());
    }
}
