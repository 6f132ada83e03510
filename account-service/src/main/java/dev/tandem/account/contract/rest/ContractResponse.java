package dev.tandem.account.contract.rest;

import dev.tandem.account.contract.domain.Contract;
import dev.tandem.events.account.ContractStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A contract as the API shows it. */
public record ContractResponse(
        UUID id,
        String externalId,
        String plan,
        BigDecimal arr,
        String currency,
        int seats,
        LocalDate startDate,
        LocalDate renewalDate,
        boolean autoRenew,
        ContractStatus status,
        String endReason) {

    static ContractResponse of(Contract c) {
        return new ContractResponse(
                c.id,
                c.externalId,
                c.plan,
                c.arr,
                c.currency,
                c.seats,
                c.startDate,
                c.renewalDate,
                c.autoRenew,
                c.status,
                c.endReason);
    }
}
