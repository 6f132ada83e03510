package dev.tandem.account.contract.repository;

import dev.tandem.account.contract.domain.Contract;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    public Uni<Contract> findByExternalId(UUID accountId, String externalId) {
        return find("accountId = ?1 and externalId = ?2", accountId, externalId).firstResult();
    }

    /** The contracts of {@code accountIds}, with one query. */
    public Uni<List<Contract>> listByAccounts(Collection<UUID> accountIds) {
        return accountIds.isEmpty()
                ? Uni.createFrom().item(List.of())
                : list("accountId in ?1", List.copyOf(new LinkedHashSet<>(accountIds)));
    }

    public Uni<List<Contract>> listByAccount(UUID accountId) {
        return list("accountId", Sort.by("startDate").and("externalId"), accountId);
    }
}
