package dev.tandem.events.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Emitted when a contract is recorded for an account; carries the full contract state. */
public record ContractStarted(
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
        Instant occurredAt)
        implements ContractEvent {

    public static final String TYPE = "dev.tandem.contract.started.v1";

    public ContractStarted {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(accountId, "accountId");
    }

    /** A contract that just started replaced nothing. */
    @Override
    public Map<String, Object> previous() {
        return Map.of();
    }
}
