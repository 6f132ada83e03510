package dev.tandem.events.account;

import dev.tandem.events.TandemEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.contract.started.v1";

    public ContractStarted {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(accountId, "accountId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
