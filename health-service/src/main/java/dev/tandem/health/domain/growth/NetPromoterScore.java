package dev.tandem.health.domain.growth;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.OptionalInt;

/**
 * NPS = % promoters (9-10) - % detractors (0-6); passives (7-8) count only in the denominator. From -100 to +100,
 * rounded half up at the end.
 */
public final class NetPromoterScore {

    private NetPromoterScore() {}

    /** Empty when nobody answered: no answers is not a score of 0. */
    public static OptionalInt of(Collection<Integer> responses) {
        if (responses.isEmpty()) {
            return OptionalInt.empty();
        }
        int promoters = 0;
        int detractors = 0;
        for (int response : responses) {
            if (response < 0 || response > 10) {
                throw new IllegalArgumentException("NPS answers run from 0 to 10, not " + response);
            }
            if (response >= 9) {
                promoters++;
            } else if (response <= 6) {
                detractors++;
            }
        }
        BigDecimal net = BigDecimal.valueOf(100L * (promoters - detractors))
                .divide(BigDecimal.valueOf(responses.size()), MathContext.DECIMAL64);
        return OptionalInt.of(net.setScale(0, RoundingMode.HALF_UP).intValueExact());
    }
}
