package dev.tandem.account.retention.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rates as the figures publish them: four decimal places, none at all when there is nothing to divide by. */
final class Rates {

    static final int SCALE = 4;

    private Rates() {}

    /** part ÷ whole to four places; null when whole is zero, since no rate is not a rate of zero. */
    static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, SCALE, RoundingMode.HALF_UP);
    }
}
