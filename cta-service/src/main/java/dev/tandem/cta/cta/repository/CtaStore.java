package dev.tandem.cta.cta.repository;

import dev.tandem.cta.account.repository.Rows;
import dev.tandem.cta.cta.domain.LinkedSignal;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.cta.CtaPriority;
import dev.tandem.events.cta.CtaSource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The SQL behind opening CTAs: the one-open-per-reason upsert, snooze lookups, linked signals, team turns. */
@ApplicationScoped
@WithSession
public class CtaStore {

    /**
     * The partial unique index decides between a new CTA and the open one: two triggers at once both reach this
     * statement, one inserts and the other waits on its row and then adds to it.
     */
    private static final String OPEN = """
            INSERT INTO cta (id, account_id, type, reason, priority, status, owner_id, queue, due_date, source,
                             rule_id, trigger_count, created_at, updated_at)
            VALUES (:id, :account, :type, :reason, :priority, 'OPEN', :owner, :queue, :due, :source, :rule, 1, :at,
                    :at)
            ON CONFLICT (account_id, type, reason) WHERE status = 'OPEN'
            DO UPDATE SET trigger_count = cta.trigger_count + 1, updated_at = excluded.updated_at
            RETURNING id
            """;

    private static final String SNOOZED_UNTIL = """
            SELECT snoozed_until FROM cta
            WHERE account_id = :account AND type = :type AND reason = :reason AND status = 'OPEN'
            """;

    private static final String TAKE_TURN = """
            INSERT INTO owner_rotation (rule_id, turns) VALUES (:rule, 1)
            ON CONFLICT (rule_id) DO UPDATE SET turns = owner_rotation.turns + 1
            RETURNING turns - 1
            """;

    public record NewCta(
            UUID accountId,
            String type,
            String reason,
            CtaPriority priority,
            String ownerId,
            LocalDate dueDate,
            CtaSource source,
            UUID ruleId) {}

    /**
     * @param queue where the CTA waits when {@code cta} names no owner
     * @return the id of the open CTA: {@code id} when this call created it, another one when it added to it
     */
    public Uni<UUID> openOrAddTo(UUID id, NewCta cta, String queue, Instant at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(OPEN, UUID.class)
                        .setParameter("id", id)
                        .setParameter("account", cta.accountId())
                        .setParameter("type", cta.type())
                        .setParameter("reason", cta.reason())
                        .setParameter("priority", cta.priority().name())
                        .setParameter("owner", cta.ownerId())
                        .setParameter("queue", cta.ownerId() == null ? queue : null)
                        .setParameter("due", cta.dueDate())
                        .setParameter("source", cta.source().name())
                        .setParameter("rule", cta.ruleId())
                        .setParameter("at", at)
                        .getSingleResult());
    }

    /** Until when the open CTA of this account, type and reason is snoozed; empty when there is none or not snoozed. */
    public Uni<Optional<LocalDate>> snoozedUntil(UUID accountId, String type, String reason) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(SNOOZED_UNTIL, LocalDate.class)
                        .setParameter("account", accountId)
                        .setParameter("type", type)
                        .setParameter("reason", reason)
                        .getResultList())
                .map(found -> found.isEmpty() ? Optional.empty() : Optional.ofNullable(found.get(0)));
    }

    /** Takes the next turn of a rule's team rotation: 0, 1, 2, ... across restarts and replicas. */
    public Uni<Long> takeTurn(UUID ruleId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(TAKE_TURN, Long.class)
                        .setParameter("rule", ruleId)
                        .getSingleResult())
                .map(Rows::number);
    }

    public Uni<Integer> link(UUID ctaId, LinkedSignal signal) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "INSERT INTO cta_signal (cta_id, event_id, summary, occurred_at) "
                                        + "VALUES (:cta, :event, :summary, :at) ON CONFLICT DO NOTHING")
                        .setParameter("cta", ctaId)
                        .setParameter("event", signal.eventId())
                        .setParameter("summary", signal.summary())
                        .setParameter("at", signal.occurredAt())
                        .executeUpdate());
    }

    public Uni<List<LinkedSignal>> linked(UUID ctaId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT event_id, summary, occurred_at FROM cta_signal WHERE cta_id = :cta "
                                        + "ORDER BY occurred_at, event_id",
                                Object[].class)
                        .setParameter("cta", ctaId)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new LinkedSignal((String) row[0], (String) row[1], Rows.instant(row[2])))
                        .toList());
    }

    /** The touch model of an account per the projection; null when not known yet. */
    public Uni<TouchModel> accountTouchModel(UUID accountId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT touch_model FROM account_ref WHERE account_id = :id", String.class)
                        .setParameter("id", accountId)
                        .getResultList())
                .map(found -> found.isEmpty() || found.get(0) == null ? null : TouchModel.valueOf(found.get(0)));
    }

    /** The CSM of an account per the projection; null when unassigned or unknown. */
    public Uni<String> accountCsm(UUID accountId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT csm_id FROM account_ref WHERE account_id = :id", String.class)
                        .setParameter("id", accountId)
                        .getResultList())
                .map(found -> found.isEmpty() ? null : found.get(0));
    }
}
