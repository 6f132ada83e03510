package dev.tandem.health.domain.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One measure as the calculator sees it: its relative weight in its group and its points, if it has data.
 *
 * @param points 0-100, or null when the measure has no value (it is then left out and its weight redistributed)
 * @param rawValue the metric's value the points came from, for the explanation; null when there is none
 * @param noData why the measure has no value, for the explanation; null when it has one or the reason goes unsaid
 */
public record MeasureInput(
        String key, String name, BigDecimal weight, BigDecimal points, BigDecimal rawValue, String noData) {

    public MeasureInput {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(weight, "weight");
        if (weight.signum() < 0) {
            throw new IllegalArgumentException("Measure weights must not be negative: " + key);
        }
        if (points != null && (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("Measure points run from 0 to 100: " + key + " has " + points);
        }
    }

    boolean hasValue() {
        return points != null;
    }
}
