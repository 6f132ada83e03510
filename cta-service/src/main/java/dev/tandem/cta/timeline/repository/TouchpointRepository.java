package dev.tandem.cta.timeline.repository;

import dev.tandem.cta.timeline.domain.Touchpoint;
import dev.tandem.cta.timeline.domain.TouchpointFilter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class TouchpointRepository implements PanacheRepositoryBase<Touchpoint, UUID> {

    /** The mapped columns; the full-text document stays in the database. */
    private static final String COLUMNS = "t.id, t.account_id, t.type, t.occurred_at, t.author_id, t.subject, t.body,"
            + " t.sentiment, t.cta_id, t.success_plan_id, t.source, t.external_id, t.version, t.created_at,"
            + " t.updated_at, t.deleted_at";

    /** The touchpoint, locked for the rest of the transaction; null when it does not exist. */
    public Uni<Touchpoint> forUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** An integrator's touchpoint by its system and id there, deleted or not; null when there is none. */
    public Uni<Touchpoint> byExternalId(UUID accountId, String source, String externalId) {
        return find(
                        "accountId = :account and source = :source and externalId = :externalId",
                        Parameters.with("account", accountId)
                                .and("source", source)
                                .and("externalId", externalId))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    /**
     * Serialises writers of one integrator's touchpoint until the transaction ends, so that two concurrent first
     * pushes of it create one touchpoint, not a unique-index violation.
     */
    public Uni<Void> lockExternalId(UUID accountId, String source, String externalId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))) locked")
                        .setParameter("key", accountId + "/" + source + "/" + externalId)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /**
     * One page of an account's timeline, newest first; {@code afterOccurred}/{@code afterId} continue after the last
     * touchpoint of the previous page. The whole timeline walks the partial index on (account, occurred_at, id); a
     * person's part of it walks the participant index on (ref, account, occurred_at, touchpoint), so that either
     * page costs one short index walk however many touchpoints the account has.
     */
    public Uni<List<Touchpoint>> timeline(TouchpointFilter filter, Instant afterOccurred, UUID afterId, int limit) {
        boolean byPerson = filter.participant() != null;
        String from =
                byPerson ? "touchpoint_participant p JOIN touchpoint t ON t.id = p.touchpoint_id" : "touchpoint t";
        String occurred = byPerson ? "p.occurred_at" : "t.occurred_at";
        String id = byPerson ? "p.touchpoint_id" : "t.id";
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        where.add((byPerson ? "p" : "t") + ".account_id = :account");
        where.add("t.deleted_at IS NULL");
        parameters.put("account", filter.accountId());
        if (byPerson) {
            where.add("p.ref = :participant");
            parameters.put("participant", filter.participant());
        }
        if (filter.type() != null) {
            where.add("t.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.from() != null) {
            where.add(occurred + " >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add(occurred + " < :to");
            parameters.put("to", filter.to());
        }
        if (afterOccurred != null) {
            where.add("(" + occurred + ", " + id + ") < (:afterOccurred, :afterId)");
            parameters.put("afterOccurred", afterOccurred);
            parameters.put("afterId", afterId);
        }
        String sql = "SELECT " + COLUMNS + " FROM " + from + " WHERE " + String.join(" AND ", where) + " ORDER BY "
                + occurred + " DESC, " + id + " DESC LIMIT " + limit;
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Touchpoint.class);
            parameters.forEach(query::setParameter);
            return query.getResultList();
        });
    }

    /** The touchpoints with {@code ids} that are not deleted, in no particular order. */
    public Uni<List<Touchpoint>> live(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("id in ?1 and deletedAt is null", ids);
    }
}
