package dev.tandem.events.cta;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Emitted when a CTA is opened on an account, by a rule, a person or an API client.
 *
 * <p>{@code type} is free text because companies define their own CTA types (risk, renewal, expansion, ...);
 * {@code ownerId} is a Keycloak user id; {@code ruleId} is set only when {@code source} is {@link CtaSource#RULE}.
 */
public record CtaCreated(
        UUID ctaId,
        UUID accountId,
        String type,
        String reason,
        CtaPriority priority,
        String ownerId,
        LocalDate dueDate,
        CtaSource source,
        UUID ruleId,
        Instant createdAt)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.cta.created.v1";

    public CtaCreated {
        Objects.requireNonNull(ctaId, "ctaId");
        Objects.requireNonNull(accountId, "accountId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
