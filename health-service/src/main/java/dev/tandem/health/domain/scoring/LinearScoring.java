package dev.tandem.health.domain.scoring;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Points that rise (or fall) in a straight line between two values and stay flat beyond them: e.g. 0 points at 20 %
 * seats used, 100 points at 80 %, so 50 % gives 50 and 95 % gives 100. Swap the points for metrics where less is
 * better, such as open tickets.
 */
public record LinearScoring(BigDecimal fromValue, BigDecimal fromPoints, BigDecimal toValue, BigDecimal toPoints) {

    public LinearScoring {
        if (fromValue.compareTo(toValue) == 0) {
            throw new IllegalArgumentException("A line needs two different values");
        }
        requirePoints(fromPoints);
        requirePoints(toPoints);
    }

    public BigDecimal points(BigDecimal value) {
        BigDecimal low = fromValue.min(toValue);
        BigDecimal high = fromValue.max(toValue);
        BigDecimal clamped = value.max(low).min(high);
        BigDecimal progress = clamped.subtract(fromValue).divide(toValue.subtract(fromValue), MathContext.DECIMAL64);
        return fromPoints.add(toPoints.subtract(fromPoints).multiply(progress));
    }

    private static void requirePoints(BigDecimal points) {
        if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("Points run from 0 to 100, not " + points);
        }
    }
}
