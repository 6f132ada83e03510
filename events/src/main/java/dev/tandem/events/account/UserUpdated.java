package dev.tandem.events.account;

import dev.tandem.events.PreviousValues;
import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Emitted when any attribute of an existing end user changes; carries the full state after the change, and in
 * {@code previous} each field the change altered with its value before it.
 */
public record UserUpdated(
        UUID userId,
        UUID accountId,
        String externalId,
        String email,
        String name,
        UserRole role,
        Seat seat,
        Instant signedUpAt,
        UUID invitedByUserId,
        Instant occurredAt,
        Map<String, Object> previous)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.user.updated.v1";

    public UserUpdated {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(externalId, "externalId");
        previous = PreviousValues.copyOf(previous);
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
