package dev.tandem.health.analysis.domain;

import java.math.BigDecimal;
import java.math.MathContext;

/** Quantiles of sorted data, by linear interpolation between the closest ranks. */
final class Quantiles {

    private Quantiles() {}

    /** The {@code q} quantile (0-1) of {@code sorted}, which holds at least one value. */
    static double of(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /** A value as a scorecard stores it: four significant digits are plenty for a line's end. */
    static BigDecimal decimal(double value) {
        return new BigDecimal(
                new BigDecimal(value, new MathContext(4)).stripTrailingZeros().toPlainString());
    }
}
