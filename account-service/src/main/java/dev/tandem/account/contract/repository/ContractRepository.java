package dev.tandem.account.contract.repository;

import dev.tandem.account.contract.domain.Contract;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    public Uni<Contract> findByExternalId(UUID accountId, String externalId) {
        return find("accountId = ?1 and externalId = ?2", accountId, externalId).firstResult();
    }

    public Uni<List<Contract>> listByAccount(UUID accountId) {
        return list("accountId", Sort.by("startDate").and("externalId"), accountId);
    }
}
