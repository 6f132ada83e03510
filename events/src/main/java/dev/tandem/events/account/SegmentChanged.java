package dev.tandem.events.account;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Emitted when an account's touch model or community membership changes; {@code previousTouchModel} null at first. */
public record SegmentChanged(
        UUID accountId, TouchModel previousTouchModel, TouchModel touchModel, boolean community, Instant changedAt)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.account.segment-changed.v1";

    public SegmentChanged {
        Objects.requireNonNull(accountId, "accountId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
