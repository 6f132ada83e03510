package dev.tandem.events.cta;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Emitted when someone comments on a CTA; {@code authorId} is a Keycloak user id. The text stays in cta-service. */
public record CtaCommented(UUID commentId, UUID ctaId, UUID accountId, String authorId, Instant commentedAt)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.cta.commented.v1";

    public CtaCommented {
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(ctaId, "ctaId");
        Objects.requireNonNull(accountId, "accountId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
