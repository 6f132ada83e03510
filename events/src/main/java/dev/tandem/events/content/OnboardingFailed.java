package dev.tandem.events.content;

import dev.tandem.events.TandemEvent;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Emitted when an onboarding period ends without success and the account proceeds (the default) as failed. */
public record OnboardingFailed(
        UUID enrollmentId,
        UUID accountId,
        UUID programId,
        LocalDate failedOn,
        int milestonesReached,
        int milestonesTotal)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.content.onboarding-failed.v1";

    public OnboardingFailed {
        Objects.requireNonNull(enrollmentId, "enrollmentId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(programId, "programId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
