package dev.tandem.health.domain.growth;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Emails opened per email sent over a window. Nothing sent is no rate (null), never a rate of zero. Opens are counted
 * as the signals that report them, so repeated opens, or opens in the window of emails sent before it, can take the
 * rate above 1; it is not capped, as capping would hide that the numbers do not add up.
 */
public final class EmailOpenRate {

    private EmailOpenRate() {}

    /** {@code opened / sent} to four places, half up; null when nothing was sent. */
    public static BigDecimal of(long opened, long sent) {
        if (opened < 0 || sent < 0) {
            throw new IllegalArgumentException("Counts cannot be negative: " + opened + " opened, " + sent + " sent");
        }
        return sent == 0 ? null : BigDecimal.valueOf(opened).divide(BigDecimal.valueOf(sent), 4, RoundingMode.HALF_UP);
    }
}
