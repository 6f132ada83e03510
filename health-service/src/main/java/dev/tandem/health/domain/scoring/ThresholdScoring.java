package dev.tandem.health.domain.scoring;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Points by bands of a metric: the points of the highest threshold the value reaches, e.g. Poor (0 points) from 0,
 * Average (60) from 3 logins a week, Good (100) from 10, as in a multidimensional health profile.
 */
public final class ThresholdScoring {

    /** From {@code atLeast} upwards (until the next threshold) the measure earns {@code points}. */
    public record Threshold(BigDecimal atLeast, BigDecimal points) {}

    private final List<Threshold> thresholds;

    public ThresholdScoring(List<Threshold> thresholds) {
        if (thresholds.isEmpty()) {
            throw new IllegalArgumentException("At least one threshold is needed");
        }
        for (Threshold threshold : thresholds) {
            if (threshold.points().signum() < 0 || threshold.points().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("Points run from 0 to 100, not " + threshold.points());
            }
        }
        this.thresholds = thresholds.stream()
                .sorted(Comparator.comparing(Threshold::atLeast))
                .toList();
    }

    /** The points of the highest threshold reached; values below the lowest threshold earn its points too. */
    public BigDecimal points(BigDecimal value) {
        BigDecimal points = thresholds.get(0).points();
        for (Threshold threshold : thresholds) {
            if (value.compareTo(threshold.atLeast()) >= 0) {
                points = threshold.points();
            }
        }
        return points;
    }
}
