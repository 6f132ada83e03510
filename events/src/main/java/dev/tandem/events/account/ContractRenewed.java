package dev.tandem.events.account;

import dev.tandem.events.PreviousValues;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Emitted when a contract is renewed for a new term; carries the renewed state with the new renewal date, and in
 * {@code previous} the values the renewal replaced (at least the old renewal date).
 */
public record ContractRenewed(
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

    public static final String TYPE = "dev.tandem.contract.renewed.v1";

    public ContractRenewed {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(accountId, "accountId");
        previous = PreviousValues.copyOf(previous);
    }
}
