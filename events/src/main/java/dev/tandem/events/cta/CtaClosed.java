package dev.tandem.events.cta;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Emitted when a CTA is closed, with its outcome. */
public record CtaClosed(UUID ctaId, UUID accountId, CtaOutcome outcome, String reason, Instant closedAt)
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
