package dev.tandem.events.content;

import dev.tandem.events.TandemEvent;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Emitted when an account meets its program's definition of success within the (possibly extended) period. */
public record OnboardingSucceeded(
        UUID enrollmentId, UUID accountId, UUID programId, LocalDate succeededOn, int daysTaken)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.content.onboarding-succeeded.v1";

    public OnboardingSucceeded {
        Objects.requireNonNull(enrollmentId, "enrollmentId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(programId, "programId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
