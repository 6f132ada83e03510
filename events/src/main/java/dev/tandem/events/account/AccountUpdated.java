package dev.tandem.events.account;

import dev.tandem.events.PreviousValues;
import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Emitted when any attribute of an existing account changes.
 *
 * <p>Carries the full state after the change, not a diff, so a consumer overwrites its projection. Fields mean the
 * same as in {@link AccountCreated}; {@code previous} holds each field the change altered with its value before it.
 */
public record AccountUpdated(
        UUID accountId,
        String externalId,
        String name,
        String industry,
        String employeeBand,
        UUID parentAccountId,
        BillingModel billingModel,
        String plan,
        LifecycleStage stage,
        TouchModel touchModel,
        boolean community,
        String csmId,
        YearMonth cohort,
        Instant occurredAt,
        Map<String, Object> previous)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.account.updated.v1";

    public AccountUpdated {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(externalId, "externalId");
        previous = PreviousValues.copyOf(previous);
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
