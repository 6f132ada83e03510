package dev.tandem.events.account;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Emitted when an end user is first created at an account, free plan included. */
public record UserCreated(
        UUID userId,
        UUID accountId,
        String externalId,
        String email,
        String name,
        UserRole role,
        Seat seat,
        Instant signedUpAt,
        UUID invitedByUserId,
        Instant occurredAt)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.user.created.v1";

    public UserCreated {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(externalId, "externalId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
