package dev.tandem.health.scorecard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Relative weights as percentages. Admins may weigh groups and measures with any non-negative numbers (20, 15, 22);
 * what counts is each one's share of the total, which is what consoles show.
 */
public final class Weights {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Weights() {}

    /**
     * Each weight's share of the total, in percent, rounded half up to {@code scale} decimals. All zero when the total
     * is zero: nothing then carries weight, rather than dividing by zero.
     */
    public static List<BigDecimal> asPercentages(List<BigDecimal> weights, int scale) {
        for (BigDecimal weight : weights) {
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("Weights must not be negative: " + weight);
            }
        }
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            return weights.stream().map(w -> BigDecimal.ZERO.setScale(scale)).toList();
        }
        return weights.stream()
                .map(w -> w.multiply(HUNDRED).divide(total, scale, RoundingMode.HALF_UP))
                .toList();
    }
}
