package dev.tandem.account.retention.domain;

import java.math.BigDecimal;

/**
 * The terms that were due for renewal in a period (their scheduled end in it; a term cut short by a mid-term change is
 * not due), by what became of them.
 *
 * @param pending due, but no outcome known yet: left out of the rate
 */
public record Renewals(long due, long renewed, long churned, long pending) {

    public static final Renewals NONE = new Renewals(0, 0, 0, 0);

    /** renewed ÷ (renewed + churned); null when none was decided. */
    public BigDecimal rate() {
        return Rates.ratio(BigDecimal.valueOf(renewed), BigDecimal.valueOf(renewed + churned));
    }
}
