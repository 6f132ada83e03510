package dev.tandem.events.account;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Emitted when one end user is erased on request; every consumer must delete what it holds about the user. */
public record UserErased(UUID userId, UUID accountId, Instant erasedAt) implements TandemEvent {

    public static final String TYPE = "dev.tandem.user.erased.v1";

    public UserErased {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(accountId, "accountId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
