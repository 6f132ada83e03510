package dev.tandem.health.domain.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * How one group counted in a score.
 *
 * @param score the group's score as shown, or null (N/A) when none of its measures has a value
 * @param exactScore the unrounded score the overall score is computed from
 * @param effectiveWeight its share of the overall score after redistribution, 0-1
 */
public record GroupScore(
        String key,
        String name,
        Integer score,
        BigDecimal exactScore,
        BigDecimal effectiveWeight,
        List<MeasureScore> measures) {}
