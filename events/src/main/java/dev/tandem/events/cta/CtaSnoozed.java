package dev.tandem.events.cta;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Emitted when a CTA is snoozed; it reappears on {@code snoozedUntil}. */
public record CtaSnoozed(UUID ctaId, UUID accountId, LocalDate snoozedUntil, String reason, Instant snoozedAt)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.cta.snoozed.v1";

    public CtaSnoozed {
        Objects.requireNonNull(ctaId, "ctaId");
        Objects.requireNonNull(accountId, "accountId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
