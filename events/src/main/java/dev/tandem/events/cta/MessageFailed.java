package dev.tandem.events.cta;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Emitted when a tech-touch message or rule webhook is given up after its last retry; {@code lastError} says why the
 * final attempt failed (an HTTP status or a connection error, never the payload).
 */
public record MessageFailed(
        UUID messageId, UUID accountId, UUID ruleId, int attempts, String lastError, Instant failedAt)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.cta.message-failed.v1";

    public MessageFailed {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(accountId, "accountId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
