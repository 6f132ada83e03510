package dev.tandem.cta.timeline.repository;

import dev.tandem.cta.account.repository.Rows;
import dev.tandem.cta.timeline.domain.DecisionMakers;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * When accounts last had a touchpoint with one of their decision makers ({@link DecisionMakers}): the touchpoints
 * recorded in Tandem with an end user whose role, as account.events last told it, makes them one.
 */
@ApplicationScoped
@WithSession
public class DecisionMakerContacts {

    private static final String LAST = """
            SELECT max(t.occurred_at)
            FROM touchpoint t
            JOIN touchpoint_participant p ON p.touchpoint_id = t.id AND p.kind = 'USER'
            JOIN user_ref u ON u.user_id = CASE WHEN p.kind = 'USER' THEN CAST(p.ref AS uuid) END
            WHERE t.account_id = a.account_id AND t.deleted_at IS NULL AND u.role IN (:roles)
            """;

    private static final String ONE = "SELECT (" + LAST + ") FROM account_ref a WHERE a.account_id = :account";

    // An account without any such touchpoint has none to compare: it is out of touch since ever.
    private static final String STALE = """
            SELECT a.account_id, last.at
            FROM account_ref a
            LEFT JOIN LATERAL (%s) AS last (at) ON TRUE
            WHERE NOT a.erased AND (last.at IS NULL OR last.at <= :before)
            """.formatted(LAST);

    /** When the account last had a touchpoint with a decision maker; null when never. */
    public Uni<Instant> last(UUID accountId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(ONE, Instant.class)
                        .setParameter("roles", DecisionMakers.ROLES)
                        .setParameter("account", accountId)
                        .getResultList())
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /**
     * The accounts with no touchpoint with a decision maker since {@code before}, with their last one (a null value:
     * never).
     */
    public Uni<Map<UUID, Instant>> lastBefore(Instant before) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(STALE, Object[].class)
                        .setParameter("roles", DecisionMakers.ROLES)
                        .setParameter("before", before)
                        .getResultList())
                .map(rows -> {
                    Map<UUID, Instant> last = new HashMap<>();
                    for (Object[] row : rows) {
                        last.put((UUID) row[0], Rows.instant(row[1]));
                    }
                    return last;
                });
    }
}
