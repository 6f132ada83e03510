package dev.tandem.events.cta;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Emitted when a tech-touch message is sent to a customer; {@code userId} is null when sent to the account as a whole.
 *
 * <p>{@code channel} is free text ({@code email}, {@code in_app}, {@code webhook}, ...) so channels can be added
 * without a new contract version.
 */
public record MessageSent(
        UUID messageId, UUID accountId, UUID userId, String channel, UUID templateId, UUID ruleId, Instant sentAt)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.cta.message-sent.v1";

    public MessageSent {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(accountId, "accountId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
