package dev.tandem.account.user.repository;

import dev.tandem.account.user.domain.EndUser;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class EndUserRepository implements PanacheRepositoryBase<EndUser, UUID> {

    public Uni<EndUser> findByExternalId(UUID accountId, String externalId) {
        return find("accountId = ?1 and externalId = ?2", accountId, externalId).firstResult();
    }

    public Uni<List<EndUser>> listByAccount(UUID accountId) {
        return list("accountId", accountId);
    }

    /** Up to {@code limit} of an account's users by external id, after {@code afterExternalId} if given. */
    public Uni<List<EndUser>> page(UUID accountId, String afterExternalId, int limit) {
        Parameters parameters = Parameters.with("account", accountId);
        String condition = "accountId = :account";
        if (afterExternalId != null) {
            condition += " and externalId > :after";
            parameters.and("after", afterExternalId);
        }
        return find(condition + " order by externalId", parameters)
                .range(0, limit - 1)
                .list();
    }
}
