package dev.tandem.content.enrollment.rest;

import dev.tandem.content.enrollment.domain.Enrollment;
import dev.tandem.content.enrollment.domain.EnrollmentOrigin;
import dev.tandem.content.enrollment.domain.EnrollmentStatus;
import dev.tandem.content.enrollment.service.EnrollmentView;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An enrollment and its progress.
 *
 * @param endedOn the day it succeeded or failed
 * @param daysTaken for a success, days from the start to the day the last milestone was reached
 */
public record EnrollmentResponse(
        UUID id,
        UUID accountId,
        UUID programId,
        UUID contractId,
        EnrollmentOrigin origin,
        EnrollmentStatus status,
        LocalDate startedOn,
        LocalDate dueOn,
        boolean extended,
        LocalDate endedOn,
        Integer daysTaken,
        List<MilestoneProgressResponse> milestones) {

    /** One milestone; {@code reachedOn} is absent while unmet. */
    public record MilestoneProgressResponse(UUID milestoneId, String name, LocalDate reachedOn) {}

    static EnrollmentResponse of(EnrollmentView view) {
        Enrollment e = view.enrollment();
        return new EnrollmentResponse(
                e.id,
                e.accountId,
                e.programId,
                e.contractId,
                e.origin,
                e.status,
                e.startedOn,
                e.dueOn,
                e.extended,
                e.endedOn,
                e.status == EnrollmentStatus.SUCCEEDED ? e.daysTaken() : null,
                view.milestones().stream()
                        .map(m -> new MilestoneProgressResponse(
                                m.id, m.name, view.reached().get(m.id)))
                        .toList());
    }
}
