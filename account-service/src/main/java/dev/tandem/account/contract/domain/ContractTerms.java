package dev.tandem.account.contract.domain;

import dev.tandem.events.account.ContractStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an integrator states about a contract in an upsert.
 *
 * @param effectiveOn the day the change took effect, for the term ledger; null for the day it arrives. It is when, not
 *     what, so it is not part of the contract's state
 */
public record ContractTerms(
        String plan,
        BigDecimal arr,
        String currency,
        int seats,
        LocalDate startDate,
        LocalDate renewalDate,
        boolean autoRenew,
        ContractStatus status,
        String endReason,
        LocalDate effectiveOn) {

    public boolean matches(Contract contract) {
        return Objects.equals(plan, contract.plan)
                && arr.compareTo(contract.arr) == 0
                && Objects.equals(currency, contract.currency)
                && seats == contract.seats
                && Objects.equals(startDate, contract.startDate)
                && Objects.equals(renewalDate, contract.renewalDate)
                && autoRenew == contract.autoRenew
                && status == contract.status
                && Objects.equals(endReason, contract.endReason);
    }

    public void applyTo(Contract contract) {
        contract.plan = plan;
        contract.arr = arr;
        contract.currency = currency;
        contract.seats = seats;
        contract.startDate = startDate;
        contract.renewalDate = renewalDate;
        contract.autoRenew = autoRenew;
        contract.status = status;
        contract.endReason = endReason;
    }
}
