package dev.tandem.events.account;

import dev.tandem.events.PreviousValues;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Emitted when a running contract changes (plan, ARR, seats, dates, auto-renew); carries the full state after it, and in
 * {@code previous} each field the change altered with its value before it (an ARR of 12000 that became 18000).
 */
public record ContractChanged(
        UUID contractId,
        UUID accountId,
        String plan,
        BigDecimal arr,
        String currency,
        int seats,
        LocalDate startDate,
        LocalDate renewalDate,
        boolean autoRenew,
        ContractStatus status,
        String endReason,
        Instant occurredAt,
        Map<String, Object> previous)
        implements ContractEvent {

    public static final String TYPE = "dev.tandem.contract.changed.v1";

    public ContractChanged {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(accountId, "accountId");
        previous = PreviousValues.copyOf(previous);
    }
}
