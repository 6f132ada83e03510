package dev.tandem.events.account;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Emitted when an account and its users are erased on request; every consumer must delete what it holds about them.
 */
public record AccountErased(UUID accountId, String externalId, Instant erasedAt) implements TandemEvent {

    public static final String TYPE = "dev.tandem.account.erased.v1";

    public AccountErased {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(externalId, "externalId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
