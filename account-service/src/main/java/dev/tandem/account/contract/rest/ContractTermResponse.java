package dev.tandem.account.contract.rest;

import dev.tandem.account.contract.domain.ContractTerm;
import dev.tandem.account.contract.domain.TermOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One term of a contract.
 *
 * @param endsOn the first day it no longer counts; null while it runs
 * @param outcome null while it runs
 * @param amended cut short by a mid-term change of ARR, so not due for renewal
 * @param bandAtOutcome the account's health band when the outcome was recorded
 */
public record ContractTermResponse(
        String plan,
        BigDecimal arr,
        LocalDate startsOn,
        LocalDate scheduledEnd,
        LocalDate endsOn,
        TermOutcome outcome,
        BigDecimal arrAfter,
        String reason,
        boolean amended,
        String bandAtOutcome) {

    static ContractTermResponse of(ContractTerm t) {
        return new ContractTermResponse(
                t.plan,
                t.arr,
                t.startsOn,
                t.scheduledEnd,
                t.endsOn,
                t.outcome,
                t.arrAfter,
                t.reason,
                t.amended,
                t.bandAtOutcome);
    }
}
