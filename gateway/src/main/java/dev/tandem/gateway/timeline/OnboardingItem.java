package dev.tandem.gateway.timeline;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;

/** An onboarding step (content-service): enrolled, a milestone reached, succeeded or failed. */
@Description("An onboarding step: enrolled in a program, a milestone reached, the onboarding succeeded or failed;"
        + " each happens at the start of its day (UTC)")
public class OnboardingItem extends BaseItem implements TimelineItem {

    private final UUID enrollmentId;
    private final UUID programId;
    private final String programName;
    private final UUID milestoneId;
    private final String milestoneName;

    OnboardingItem(
            Instant occurredAt,
            TimelineKind kind,
            UUID enrollmentId,
            UUID programId,
            String programName,
            UUID milestoneId,
            String milestoneName) {
        super(occurredAt, kind, summary(kind, programName, milestoneName));
        this.enrollmentId = enrollmentId;
        this.programId = programId;
        this.programName = programName;
        this.milestoneId = milestoneId;
        this.milestoneName = milestoneName;
    }

    private static String summary(TimelineKind kind, String program, String milestone) {
        return switch (kind) {
            case ONBOARDING_ENROLLED -> "Enrolled in " + program;
            case MILESTONE_REACHED -> "Milestone reached: " + milestone + " (" + program + ")";
            case ONBOARDING_SUCCEEDED -> "Onboarding succeeded: " + program;
            default -> "Onboarding failed: " + program;
        };
    }

    public UUID getEnrollmentId() {
        return enrollmentId;
    }

    public UUID getProgramId() {
        return programId;
    }

    public String getProgramName() {
        return programName;
    }

    @Description("The milestone reached; null for the other kinds")
    public UUID getMilestoneId() {
        return milestoneId;
    }

    public String getMilestoneName() {
        return milestoneName;
    }
}
