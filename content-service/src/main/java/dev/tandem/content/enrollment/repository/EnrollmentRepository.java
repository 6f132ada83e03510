package dev.tandem.content.enrollment.repository;

import dev.tandem.content.enrollment.domain.Enrollment;
import dev.tandem.content.enrollment.domain.EnrollmentStatus;
import dev.tandem.content.program.service.ProgramEnrollments;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.LockMode;

@ApplicationScoped
@WithSession
public class EnrollmentRepository implements PanacheRepositoryBase<Enrollment, UUID>, ProgramEnrollments {

    /** A milestone an enrollment reached. */
    public record Reached(UUID enrollmentId, UUID milestoneId, LocalDate reachedOn) {}

    public Uni<List<Enrollment>> ofAccount(UUID accountId) {
        return list("accountId = ?1 ORDER BY startedOn DESC, id", accountId);
    }

    /** The enrollments of any of the accounts, each account's newest first. */
    public Uni<List<Enrollment>> ofAccounts(Collection<UUID> accountIds) {
        return list("accountId IN ?1 ORDER BY accountId, startedOn DESC, id", accountIds);
    }

    public Uni<Boolean> existsForContract(UUID contractId) {
        return count("contractId", contractId).map(count -> count > 0);
    }

    public Uni<Boolean> openIn(UUID accountId, UUID programId) {
        return count(
                        "accountId = ?1 AND programId = ?2 AND status = ?3",
                        accountId,
                        programId,
                        EnrollmentStatus.IN_PROGRESS)
                .map(count -> count > 0);
    }

    /** Whether the account was ever enrolled in the program, whatever came of it. */
    public Uni<Boolean> everIn(UUID accountId, UUID programId) {
        return count("accountId = ?1 AND programId = ?2", accountId, programId).map(count -> count > 0);
    }

    @Override
    public Uni<Boolean> anyInProgram(UUID programId) {
        return count("programId", programId).map(count -> count > 0);
    }

    /**
     * Open enrollments of the accounts with these external ids (the ids signals carry), locked until the transaction
     * ends: a period being closed at the same time either waits for this or is seen closed here, so an enrollment
     * never both fails and succeeds. Locked in id order, so that two lockers never wait on each other.
     */
    public Uni<List<Enrollment>> lockOpenOfExternalAccounts(Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return find(
                        "status = ?1 AND accountId IN (SELECT a.accountId FROM AccountRef a WHERE a.externalId IN ?2)"
                                + " ORDER BY id",
                        EnrollmentStatus.IN_PROGRESS,
                        externalIds)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /** Ids of open enrollments whose period ended before {@code today}, a bounded batch at a time. */
    public Uni<List<UUID>> overdue(LocalDate today, int limit) {
        return find(
                        "SELECT id FROM Enrollment WHERE status = ?1 AND dueOn < ?2 ORDER BY dueOn, id",
                        EnrollmentStatus.IN_PROGRESS,
                        today)
                .project(UUID.class)
                .range(0, limit - 1)
                .list();
    }

    /** The enrollment, locked until the transaction ends, so that replicas closing periods do not both act on it. */
    public Uni<Enrollment> lock(UUID id) {
        return Panache.getSession().chain(session -> session.find(Enrollment.class, id, LockMode.PESSIMISTIC_WRITE));
    }

    public Uni<Map<UUID, LocalDate>> reached(UUID enrollmentId) {
        return reached(List.of(enrollmentId))
                .map(all -> all.stream().collect(Collectors.toMap(Reached::milestoneId, Reached::reachedOn)));
    }

    public Uni<List<Reached>> reached(Collection<UUID> enrollmentIds) {
        if (enrollmentIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String ids = String.join(",", enrollmentIds.stream().map(UUID::toString).toList());
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT CAST(enrollment_id AS text), CAST(milestone_id AS text), CAST(reached_on AS text)"
                                        + " FROM milestone_progress"
                                        + " WHERE enrollment_id = ANY(CAST(string_to_array(:ids, ',') AS uuid[]))",
                                Object[].class)
                        .setParameter("ids", ids)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new Reached(
                                UUID.fromString((String) row[0]),
                                UUID.fromString((String) row[1]),
                                toLocalDate(row[2])))
                        .toList());
    }

    public Uni<Void> recordReached(UUID enrollmentId, UUID milestoneId, LocalDate on) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "INSERT INTO milestone_progress (enrollment_id, milestone_id, reached_on)"
                                        + " VALUES (:enrollment, :milestone, :on) ON CONFLICT DO NOTHING")
                        .setParameter("enrollment", enrollmentId)
                        .setParameter("milestone", milestoneId)
                        .setParameter("on", on)
                        .executeUpdate())
                .replaceWithVoid();
    }

    private static LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }
}
