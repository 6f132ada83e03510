package dev.tandem.account.purchase.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * How many of the accounts that bought in a window bought again in it: the retention measure of one-off sales, where
 * there is no contract to churn.
 *
 * @param buyers accounts with at least one purchase in the window
 * @param repeatBuyers accounts with two or more
 * @param rate repeatBuyers / buyers to four places; null when nobody bought, since no rate is not a rate of zero
 */
public record RepeatRate(
        LocalDate from, LocalDate to, long buyers, long repeatBuyers, long purchases, BigDecimal rate) {

    public static RepeatRate of(LocalDate from, LocalDate to, long buyers, long repeatBuyers, long purchases) {
        BigDecimal rate = buyers == 0
                ? null
                : BigDecimal.valueOf(repeatBuyers).divide(BigDecimal.valueOf(buyers), 4, RoundingMode.HALF_UP);
        return new RepeatRate(from, to, buyers, repeatBuyers, purchases, rate);
    }
}
