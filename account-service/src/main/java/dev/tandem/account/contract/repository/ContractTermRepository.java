package dev.tandem.account.contract.repository;

import dev.tandem.account.contract.domain.ContractTerm;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ContractTermRepository implements PanacheRepositoryBase<ContractTerm, UUID> {

    /** The contract's terms, oldest first. */
    public Uni<List<ContractTerm>> listByContract(UUID contractId) {
        return list("contractId", Sort.by("startsOn").and("id"), contractId);
    }

    /** The account's health band as health-service last announced it; null when N/A or never heard. */
    public Uni<String> currentBand(UUID accountId) {
        return getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT band FROM account_health WHERE account_id = :accountId", String.class)
                        .setParameter("accountId", accountId)
                        .getResultList())
                .map(bands -> bands.isEmpty() ? null : bands.get(0));
    }
}
