package dev.tandem.cta.cta.repository;

import dev.tandem.cta.cta.domain.Cta;
import dev.tandem.cta.cta.domain.CtaFilter;
import dev.tandem.cta.cta.domain.CtaStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class CtaRepository implements PanacheRepositoryBase<Cta, UUID> {

    /** Newest first; {@code afterCreated}/{@code afterId} continue after the last CTA of the previous page. */
    public Uni<List<Cta>> search(CtaFilter filter, Instant afterCreated, UUID afterId, int limit) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!filter.accountIds().isEmpty()) {
            where.add("accountId in :accounts");
            parameters.and("accounts", filter.accountIds());
        }
        if (filter.ownerId() != null) {
            where.add("ownerId = :owner");
            parameters.and("owner", filter.ownerId());
        }
        if (filter.queue() != null) {
            where.add("queue = :queue");
            parameters.and("queue", filter.queue());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.type() != null) {
            where.add("type = :type");
            parameters.and("type", filter.type());
        }
        if (filter.source() != null) {
            where.add("source = :source");
            parameters.and("source", filter.source());
        }
        if (afterCreated != null) {
            where.add("(createdAt < :afterCreated or (createdAt = :afterCreated and id < :afterId))");
            parameters.and("afterCreated", afterCreated).and("afterId", afterId);
        }
        String query = where.isEmpty() ? "from Cta" : "from Cta where " + String.join(" and ", where);
        return find(query, Sort.descending("createdAt", "id"), parameters)
                .page(0, limit)
                .list();
    }

    /** The account's CTAs opened at or before {@code before}, newest first; at most {@code limit}. */
    public Uni<List<Cta>> openedBy(UUID accountId, Instant before, int limit) {
        return find(
                        "accountId = :account and createdAt <= :before",
                        Sort.descending("createdAt", "id"),
                        Parameters.with("account", accountId).and("before", before))
                .page(0, limit)
                .list();
    }

    /** The account's CTAs closed at or before {@code before}, the latest closed first; at most {@code limit}. */
    public Uni<List<Cta>> closedBy(UUID accountId, Instant before, int limit) {
        return find(
                        "accountId = :account and closedAt is not null and closedAt <= :before",
                        Sort.descending("closedAt", "id"),
                        Parameters.with("account", accountId).and("before", before))
                .page(0, limit)
                .list();
    }

    /** The owner's open CTAs that are not snoozed on {@code today}; at most {@code limit}. */
    public Uni<List<Cta>> queue(String ownerId, LocalDate today, int limit) {
        return find(
                        "ownerId = :owner and status = :open and (snoozedUntil is null or snoozedUntil <= :today)",
                        Parameters.with("owner", ownerId)
                                .and("open", CtaStatus.OPEN)
                                .and("today", today))
                .page(0, limit)
                .list();
    }

    /**
     * The team's open CTAs not snoozed on {@code today}, owned by anyone or waiting in a queue, narrowed to one owner
     * or one queue when named; the {@code limit} soonest due.
     */
    public Uni<List<Cta>> team(String ownerId, String queue, LocalDate today, int limit) {
        String where = "status = :open and (snoozedUntil is null or snoozedUntil <= :today)";
        Parameters parameters = Parameters.with("open", CtaStatus.OPEN).and("today", today);
        if (ownerId != null) {
            where += " and ownerId = :owner";
            parameters.and("owner", ownerId);
        }
        if (queue != null) {
            where += " and queue = :queue";
            parameters.and("queue", queue);
        }
        return find(where, Sort.ascending("dueDate", "createdAt").and("id"), parameters)
                .page(0, limit)
                .list();
    }

    /** Open CTAs waiting in each queue, by queue name. */
    public Uni<List<Object[]>> queueCounts() {
        return getSession()
                .chain(session -> session.createQuery(
                                "select queue, count(*) from Cta where status = :open and queue is not null"
                                        + " group by queue order by queue",
                                Object[].class)
                        .setParameter("open", CtaStatus.OPEN)
                        .getResultList());
    }

    public Uni<List<Cta>> byIds(List<UUID> ids) {
        return list("id in ?1", ids);
    }
}
