package dev.tandem.account.audit.repository;

import dev.tandem.account.audit.domain.AuditEntry;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class AuditEntryRepository implements PanacheRepositoryBase<AuditEntry, Long> {

    /** Up to {@code limit} of an account's entries, newest first, older than entry {@code beforeId} if given. */
    public Uni<List<AuditEntry>> page(UUID accountId, Long beforeId, int limit) {
        Parameters parameters = Parameters.with("account", accountId);
        String condition = "accountId = :account";
        if (beforeId != null) {
            condition += " and id < :before";
            parameters.and("before", beforeId);
        }
        return find(condition + " order by id desc", parameters)
                .range(0, limit - 1)
                .list();
    }

    /**
     * Up to {@code limit} of an account's entries whose action starts with {@code actionPrefix} and that happened at or
     * before {@code before}, newest first.
     */
    public Uni<List<AuditEntry>> ofKind(UUID accountId, String actionPrefix, Instant before, int limit) {
        return find(
                        "accountId = :account and action like :prefix and at <= :before order by at desc, id desc",
                        Parameters.with("account", accountId)
                                .and("prefix", actionPrefix + "%")
                                .and("before", before))
                .range(0, limit - 1)
                .list();
    }
}
