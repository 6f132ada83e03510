package dev.tandem.health.domain.growth;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * NPS = % promoters (9-10) - % detractors (0-6); passives (7-8) count only in the denominator. From -100 to +100,
 * rounded half up at the end.
 */
public final class NetPromoterScore {

    private NetPromoterScore() {}

    /** Empty when nobody answered: no answers is not a score of 0. */
    public static OptionalInt of(Collection<Integer> responses) {
        Map<Integer, Long> tally = new HashMap<>();
        for (int response : responses) {
            tally.merge(response, 1L, Long::sum);
        }
        return ofTally(tally);
    }

    /** The same from how many answered each score, as a database counts them. */
    public static OptionalInt ofTally(Map<Integer, Long> answersByScore) {
        long promoters = 0;
        long detractors = 0;
        long total = 0;
        for (var entry : answersByScore.entrySet()) {
            int score = entry.getKey();
            if (score < 0 || score > 10) {
                throw new IllegalArgumentException("NPS answers run from 0 to 10, not " + score);
            }
            total += entry.getValue();
            if (score >= 9) {
                promoters += entry.getValue();
            } else if (score <= 6) {
                detractors += entry.getValue();
            }
        }
        if (total == 0) {
            return OptionalInt.empty();
        }
        BigDecimal net = BigDecimal.valueOf(100L * (promoters - detractors))
                .divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
        return OptionalInt.of(net.setScale(0, RoundingMode.HALF_UP).intValueExact());
    }
}
