package dev.tandem.cta.plan.repository;

import dev.tandem.cta.plan.domain.SuccessPlan;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class SuccessPlanRepository implements PanacheRepositoryBase<SuccessPlan, UUID> {

    public Uni<SuccessPlan> ofAccount(UUID accountId) {
        return find("accountId", accountId).firstResult();
    }

    /** Plans newest first, of {@code accountIds} when not empty, after the cursor's position when given. */
    public Uni<List<SuccessPlan>> search(List<UUID> accountIds, Instant afterCreated, UUID afterId, int limit) {
        String where = "1 = 1";
        Parameters parameters = new Parameters();
        if (accountIds != null && !accountIds.isEmpty()) {
            where += " and accountId in :accounts";
            parameters.and("accounts", accountIds);
        }
        if (afterCreated != null) {
            where += " and (createdAt < :created or (createdAt = :created and id < :id))";
            parameters.and("created", afterCreated).and("id", afterId);
        }
        return find(where, Sort.descending("createdAt", "id"), parameters)
                .page(0, limit)
                .list();
    }
}
