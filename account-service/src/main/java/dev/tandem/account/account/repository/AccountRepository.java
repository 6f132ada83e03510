package dev.tandem.account.account.repository;

import dev.tandem.account.account.domain.Account;
import dev.tandem.account.account.domain.AccountFilter;
import dev.tandem.account.account.domain.AccountPosition;
import dev.tandem.account.account.domain.AccountSort;
import dev.tandem.account.account.domain.ListedAccount;
import dev.tandem.account.audit.service.AuditedAccounts;
import dev.tandem.platform.problem.NotFoundException;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class AccountRepository implements PanacheRepositoryBase<Account, UUID>, AuditedAccounts {

    public Uni<Account> findByExternalId(String externalId) {
        return find("externalId", externalId).firstResult();
    }

    /** The account with {@code externalId}, or a failure the API answers with 404. */
    public Uni<Account> requireByExternalId(String externalId) {
        return findByExternalId(externalId)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("Account", externalId));
    }

    @Override
    public Uni<UUID> requireId(String externalId) {
        return requireByExternalId(externalId).map(account -> account.id);
    }

    /**
     * The accounts among {@code externalIds} that exist, by external id, read with one query: for bulk paths that
     * would otherwise look them up one by one.
     */
    public Uni<Map<String, Account>> byExternalIds(Collection<String> externalIds) {
        return list("externalId in ?1", List.copyOf(new LinkedHashSet<>(externalIds)))
                .map(found -> {
                    Map<String, Account> byExternalId = new HashMap<>();
                    found.forEach(account -> byExternalId.put(account.externalId, account));
                    return byExternalId;
                });
    }

    /**
     * Up to {@code limit} accounts matching {@code filter} in {@code sort}'s order, after {@code after} if given, each
     * with its health score: one query, whatever the filter and order.
     */
    public Uni<List<ListedAccount>> search(AccountFilter filter, AccountSort sort, AccountPosition after, int limit) {
        AccountSearch search = AccountSearch.of(filter, sort, after);
        return getSession()
                .chain(session -> {
                    var query = session.createSelectionQuery(search.query(), Object[].class);
                    search.parameters().forEach(query::setParameter);
                    return query.setMaxResults(limit).getResultList();
                })
                .map(rows -> rows.stream()
                        .map(row -> new ListedAccount((Account) row[0], (Integer) row[1]))
                        .toList());
    }
}
