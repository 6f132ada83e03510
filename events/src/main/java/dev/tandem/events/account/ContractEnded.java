package dev.tandem.events.account;

import dev.tandem.events.PreviousValues;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Emitted when a contract ends or is cancelled; {@code status} says which and {@code endReason} why; {@code previous}
 * holds the values the ending replaced (the ACTIVE status among them).
 */
public record ContractEnded(
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

    public static final String TYPE = "dev.tandem.contract.ended.v1";

    public ContractEnded {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(accountId, "accountId");
        previous = PreviousValues.copyOf(previous);
    }
}
