package dev.tandem.events.account;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Emitted when an account moves to another lifecycle stage; {@code previousStage} is null for its first stage. */
public record StageChanged(
        UUID accountId, LifecycleStage previousStage, LifecycleStage stage, String reason, Instant changedAt)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.account.stage-changed.v1";

    public StageChanged {
        Objects.requireNonNull(accountId, "accountId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
