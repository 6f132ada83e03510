package dev.tandem.events.account;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Emitted when an account gets a (new) CSM; both ids are Keycloak user ids, {@code previousCsmId} null at first. */
public record CsmAssigned(UUID accountId, String previousCsmId, String csmId, Instant assignedAt)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.account.csm-assigned.v1";

    public CsmAssigned {
        Objects.requireNonNull(accountId, "accountId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
