package dev.tandem.cta.delivery.repository;

import dev.tandem.cta.delivery.domain.Delivery;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    private static final String ENQUEUE = """
            INSERT INTO delivery (id, kind, dedup_key, account_id, user_id, rule_id, template_id, channel, url, payload,
                                  status, attempts, next_attempt_at, last_error, created_at)
            VALUES (:id, :kind, :dedup, :account, :user, :rule, :template, :channel, :url, :payload,
                    :status, 0, :at, :error, :at)
            ON CONFLICT (dedup_key) DO NOTHING
            """;

    /**
     * Claims due deliveries by pushing their next attempt past a lease: another worker skips the locked rows now and
     * sees them again only if this one died before recording the outcome.
     */
    private static final String CLAIM = """
            UPDATE delivery SET next_attempt_at = :lease
            WHERE id IN (SELECT id FROM delivery WHERE status = 'PENDING' AND next_attempt_at <= :now
                         ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
            RETURNING id
            """;

    /** @return false when a delivery with the same dedup key exists: the trigger was already handled */
    public Uni<Boolean> enqueue(Delivery delivery) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(ENQUEUE)
                        .setParameter("id", delivery.id)
                        .setParameter("kind", delivery.kind.name())
                        .setParameter("dedup", delivery.dedupKey)
                        .setParameter("account", delivery.accountId)
                        .setParameter("user", delivery.userId)
                        .setParameter("rule", delivery.ruleId)
                        .setParameter("template", delivery.templateId)
                        .setParameter("channel", delivery.channel)
                        .setParameter("url", delivery.url)
                        .setParameter("payload", delivery.payload)
                        .setParameter("status", delivery.status.name())
                        .setParameter("error", delivery.lastError)
                        .setParameter("at", delivery.createdAt)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    public Uni<List<UUID>> claim(Instant now, Instant lease, int limit) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(CLAIM, UUID.class)
                        .setParameter("now", now)
                        .setParameter("lease", lease)
                        .setParameter("limit", limit)
                        .getResultList());
    }

    /** Newest first, optionally only one status; continues after {@code afterCreated}/{@code afterId}. */
    public Uni<List<Delivery>> search(
            Delivery.Status status, UUID accountId, Instant afterCreated, UUID afterId, int limit) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (status != null) {
            where.add("status = :status");
            parameters.and("status", status);
        }
        if (accountId != null) {
            where.add("accountId = :account");
            parameters.and("account", accountId);
        }
        if (afterCreated != null) {
            where.add("(createdAt < :afterCreated or (createdAt = :afterCreated and id < :afterId))");
            parameters.and("afterCreated", afterCreated).and("afterId", afterId);
        }
        String query = where.isEmpty() ? "from Delivery" : "from Delivery where " + String.join(" and ", where);
        return find(query, Sort.descending("createdAt", "id"), parameters)
                .page(0, limit)
                .list();
    }
}
