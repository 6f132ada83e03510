package dev.tandem.health.domain.scoring;

import java.math.BigDecimal;

/**
 * How one measure counted in a score.
 *
 * @param points 0-100, or null when the measure had no value and was left out
 * @param effectiveWeight its share of the overall score after redistribution, 0-1 (0 when left out)
 * @param contribution points x effective weight: the overall score is the sum of the contributions
 * @param noData why the measure had no value (N/A), such as "no ROI reports received"; null when it had one
 */
public record MeasureScore(
        String key,
        String name,
        BigDecimal rawValue,
        BigDecimal points,
        BigDecimal effectiveWeight,
        BigDecimal contribution,
        String noData) {

    /** Score points this measure costs the overall score: what it would add at full points. */
    public BigDecimal lostPoints() {
        return points == null
                ? BigDecimal.ZERO
                : effectiveWeight.multiply(BigDecimal.valueOf(100).subtract(points));
    }
}
