package dev.tandem.events.health;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Emitted when an account's product-qualified score changes; {@code qualified} says whether it now counts as a PQL.
 */
public record PqlChanged(UUID accountId, Integer previousScore, int score, boolean qualified, Instant computedAt)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.health.pql-changed.v1";

    public PqlChanged {
        Objects.requireNonNull(accountId, "accountId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
