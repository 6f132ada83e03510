package dev.tandem.health.domain.growth;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share of a whole, such as the sign-ups that converted to paid. */
public final class Rate {

    private Rate() {}

    /** {@code part / whole} to four places; null when the whole is empty, since no rate is not a rate of zero. */
    public static BigDecimal of(long part, long whole) {
        if (part < 0 || whole < 0 || part > whole) {
            throw new IllegalArgumentException("A rate needs 0 <= part <= whole, not " + part + "/" + whole);
        }
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
