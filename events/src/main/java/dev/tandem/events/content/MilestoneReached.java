package dev.tandem.events.content;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Emitted when an enrolled account reaches one milestone of its onboarding program. */
public record MilestoneReached(
        UUID enrollmentId, UUID accountId, UUID programId, UUID milestoneId, String milestoneName, Instant reachedAt)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.content.milestone-reached.v1";

    public MilestoneReached {
        Objects.requireNonNull(enrollmentId, "enrollmentId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(milestoneId, "milestoneId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
