package dev.tandem.events.cta;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Emitted when an open CTA's priority, owner or due date changes; carries all three as they are after the change. */
public record CtaUpdated(
        UUID ctaId, UUID accountId, CtaPriority priority, String ownerId, LocalDate dueDate, Instant updatedAt)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.cta.updated.v1";

    public CtaUpdated {
        Objects.requireNonNull(ctaId, "ctaId");
        Objects.requireNonNull(accountId, "accountId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
