package dev.tandem.health.scorecard.domain;

import dev.tandem.health.domain.scoring.LinearScoring;
import dev.tandem.health.domain.scoring.ThresholdScoring;
import dev.tandem.health.domain.scoring.ThresholdScoring.Threshold;
import java.math.BigDecimal;
import java.util.List;

/**
 * How one measure is scored. LINEAR uses the from/to points, THRESHOLD the thresholds; MANUAL uses neither, since the
 * CSM's value already is points.
 */
public record Scoring(
        ScoringType type,
        BigDecimal fromValue,
        BigDecimal fromPoints,
        BigDecimal toValue,
        BigDecimal toPoints,
        List<Threshold> thresholds) {

    public static Scoring manual() {
        return new Scoring(ScoringType.MANUAL, null, null, null, null, null);
    }

    /** The points {@code value} earns; the definition must have been validated. */
    public BigDecimal points(BigDecimal value) {
        return switch (type) {
            case LINEAR -> new LinearScoring(fromValue, fromPoints, toValue, toPoints).points(value);
            case THRESHOLD -> new ThresholdScoring(thresholds).points(value);
            case MANUAL -> value;
        };
    }
}
