package dev.tandem.cta.account.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Onboarding enrollments as content.events tell them, for the overdue trigger. */
@ApplicationScoped
@WithSession
public class EnrollmentProjection {

    /** An enrollment still open after its due date. */
    public record Overdue(UUID enrollmentId, UUID accountId, LocalDate dueOn) {}

    private static final String UPSERT = """
            INSERT INTO enrollment_ref (enrollment_id, account_id, due_on, open) VALUES (:id, :account, :due, :open)
            ON CONFLICT (enrollment_id) DO UPDATE SET due_on = coalesce(excluded.due_on, enrollment_ref.due_on),
                open = excluded.open
            """;

    public Uni<Integer> enrolled(UUID enrollmentId, UUID accountId, LocalDate dueOn) {
        return upsert(enrollmentId, accountId, dueOn, true);
    }

    public Uni<Integer> extended(UUID enrollmentId, UUID accountId, LocalDate newDueOn) {
        return upsert(enrollmentId, accountId, newDueOn, true);
    }

    public Uni<Integer> ended(UUID enrollmentId, UUID accountId) {
        return upsert(enrollmentId, accountId, null, false);
    }

    public Uni<List<Overdue>> overdue(LocalDate today) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT enrollment_id, account_id, due_on FROM enrollment_ref "
                                        + "WHERE open AND due_on < :today ORDER BY due_on, enrollment_id",
                                Object[].class)
                        .setParameter("today", today)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new Overdue((UUID) row[0], (UUID) row[1], (LocalDate) row[2]))
                        .toList());
    }

    private Uni<Integer> upsert(UUID enrollmentId, UUID accountId, LocalDate dueOn, boolean open) {
        return AccountProjection.execute(
                UPSERT,
                Map.of(
                        "id", enrollmentId,
                        "account", accountId,
                        "due", AccountProjection.nullable(dueOn),
                        "open", open));
    }
}
