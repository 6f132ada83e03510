package dev.tandem.account.retention.domain;

import dev.tandem.account.contract.domain.TermOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A contract term as retention reads it.
 *
 * @param endsOn the first day it no longer counts; null while it runs
 * @param amended cut short by a mid-term change, so never due for renewal
 */
public record BookTerm(
        String account,
        BigDecimal arr,
        LocalDate startsOn,
        LocalDate scheduledEnd,
        LocalDate endsOn,
        TermOutcome outcome,
        boolean amended) {

    /** Whether the term's ARR is in force on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || endsOn.isAfter(day));
    }

    public boolean dueIn(Period period) {
        return !amended && !scheduledEnd.isBefore(period.from()) && !scheduledEnd.isAfter(period.to());
    }
}
