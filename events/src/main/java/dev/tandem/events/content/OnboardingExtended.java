package dev.tandem.events.content;

import dev.tandem.events.TandemEvent;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Emitted when an onboarding period that would have failed gets its one extension, to {@code newDueOn}. */
public record OnboardingExtended(
        UUID enrollmentId, UUID accountId, UUID programId, LocalDate newDueOn, int extensionDays)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.content.onboarding-extended.v1";

    public OnboardingExtended {
        Objects.requireNonNull(enrollmentId, "enrollmentId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(programId, "programId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
