package dev.tandem.events.cta;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Emitted when a CTA is closed, with its outcome.
 *
 * <p>{@code ownerId} is the CTA's owner when it was closed (a Keycloak user id), so a consumer can route the close
 * without having seen the CTA created. It was added to v1 later, so events written before it read with {@code ownerId}
 * null.
 */
public record CtaClosed(UUID ctaId, UUID accountId, String ownerId, CtaOutcome outcome, String reason, Instant closedAt)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.cta.closed.v1";

    public CtaClosed {
        Objects.requireNonNull(ctaId, "ctaId");
        Objects.requireNonNull(accountId, "accountId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
