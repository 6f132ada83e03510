package dev.tandem.events.cta;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Emitted when a CTA is snoozed; it reappears on {@code snoozedUntil}.
 *
 * <p>{@code ownerId} is the CTA's owner (a Keycloak user id), so a consumer can route the snooze without having seen
 * the CTA created. It was added to v1 later, so events written before it read with {@code ownerId} null.
 */
public record CtaSnoozed(
        UUID ctaId, UUID accountId, String ownerId, LocalDate snoozedUntil, String reason, Instant snoozedAt)
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
