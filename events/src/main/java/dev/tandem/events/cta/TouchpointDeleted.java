package dev.tandem.events.cta;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Emitted when a touchpoint is deleted (recorded by mistake, or removed by the integrator's system). {@code version} is
 * one past the last {@link TouchpointRecorded}, so a consumer that meets the two out of order keeps the deletion.
 */
public record TouchpointDeleted(UUID touchpointId, UUID accountId, long version, Instant deletedAt)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.cta.touchpoint-deleted.v1";

    public TouchpointDeleted {
        Objects.requireNonNull(touchpointId, "touchpointId");
        Objects.requireNonNull(accountId, "accountId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
