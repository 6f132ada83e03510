package dev.tandem.content.enrollment.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened in an account's onboarding: an enrollment started, a milestone reached, an enrollment ended
 * in success or failure. Enrollments start, milestones are reached and enrollments end on days, so each happens at the
 * start of its day (UTC).
 *
 * @param kind ENROLLED, MILESTONE_REACHED, SUCCEEDED or FAILED
 * @param milestoneId the milestone reached; null for the other kinds
 */
public record OnboardingEvent(
        Instant occurredAt,
        String kind,
        UUID enrollmentId,
        UUID programId,
        String programName,
        UUID milestoneId,
        String milestoneName) {}
