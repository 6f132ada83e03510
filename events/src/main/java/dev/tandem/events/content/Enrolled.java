package dev.tandem.events.content;

import dev.tandem.events.TandemEvent;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Emitted when an account is enrolled in an onboarding program; {@code dueOn} ends its onboarding period. */
public record Enrolled(
        UUID enrollmentId,
        UUID accountId,
        UUID programId,
        String programName,
        LocalDate startedOn,
        LocalDate dueOn,
        boolean premium)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.content.enrolled.v1";

    public Enrolled {
        Objects.requireNonNull(enrollmentId, "enrollmentId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(programId, "programId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
