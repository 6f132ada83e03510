package dev.tandem.health.scorecard.domain;

import java.math.BigDecimal;

/**
 * One measure of a scorecard group: a metric over a window of days, scored into points, weighed against its group's
 * other measures. A MANUAL measure has no metric: a CSM sets its points for each account.
 *
 * @param key unique within the scorecard; manual values are stored by it
 * @param whenNoData what the measure counts for an account without data: N/A when absent
 */
public record MeasureDefinition(
        String key,
        String name,
        String metric,
        Integer windowDays,
        BigDecimal weight,
        Scoring scoring,
        WhenNoData whenNoData) {

    /** Whether an account without data counts 0 rather than N/A. */
    public boolean countsNoDataAsZero() {
        return whenNoData == WhenNoData.ZERO;
    }

    public boolean isManual() {
        return scoring != null && scoring.type() == ScoringType.MANUAL;
    }
}
