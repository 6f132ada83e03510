package dev.tandem.content.enrollment.repository;

import dev.tandem.content.enrollment.domain.OnboardingEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An account's onboarding as what happened when: enrollments started and ended, milestones reached. */
@ApplicationScoped
public class OnboardingEventRepository {

    private static final String EVENTS = """
            SELECT occurred_at, kind, CAST(enrollment_id AS text), CAST(program_id AS text), program,
                   CAST(milestone_id AS text), milestone
              FROM (SELECT CAST(e.started_on AS timestamp) AT TIME ZONE 'UTC' AS occurred_at, 'ENROLLED' AS kind, e.id AS enrollment_id, p.id AS program_id,
                           p.name AS program, CAST(NULL AS uuid) AS milestone_id, CAST(NULL AS text) AS milestone
                      FROM enrollment e JOIN onboarding_program p ON p.id = e.program_id
                     WHERE e.account_id = :account
                    UNION ALL
                    SELECT CAST(r.reached_on AS timestamp) AT TIME ZONE 'UTC', 'MILESTONE_REACHED', e.id, p.id, p.name,
                           m.id, m.name
                      FROM enrollment e JOIN onboarding_program p ON p.id = e.program_id
                      JOIN milestone_progress r ON r.enrollment_id = e.id JOIN milestone m ON m.id = r.milestone_id
                     WHERE e.account_id = :account
                    UNION ALL
                    SELECT CAST(e.ended_on AS timestamp) AT TIME ZONE 'UTC', e.status, e.id, p.id, p.name, NULL, NULL
                      FROM enrollment e JOIN onboarding_program p ON p.id = e.program_id
                     WHERE e.account_id = :account AND e.status <> 'IN_PROGRESS' AND e.ended_on IS NOT NULL) events
             WHERE occurred_at <= :before
             ORDER BY occurred_at DESC, kind, enrollment_id, milestone_id
             LIMIT :limit
            """;

    /** The account's onboarding events at or before {@code before}, newest first, at most {@code limit}. */
    public Uni<List<OnboardingEvent>> of(UUID accountId, Instant before, int limit) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(EVENTS, Object[].class)
                        .setParameter("account", accountId)
                        .setParameter("before", before)
                        .setParameter("limit", limit)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new OnboardingEvent(
                                instant(row[0]),
                                (String) row[1],
                                UUID.fromString((String) row[2]),
                                UUID.fromString((String) row[3]),
                                (String) row[4],
                                row[5] == null ? null : UUID.fromString((String) row[5]),
                                (String) row[6]))
                        .toList());
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
    }
}
