package dev.tandem.health.scorecard.domain;

import java.math.BigDecimal;

/**
 * A measure's value for one subject, or why it has none.
 *
 * @param value null when there is none: the measure is then N/A
 * @param noData why there is no value, for the explanation ("no ROI reports received"); null when it goes unsaid
 */
public record MeasureValue(BigDecimal value, String noData) {

    public static final MeasureValue NONE = new MeasureValue(null, null);

    public static MeasureValue of(BigDecimal value) {
        return new MeasureValue(value, null);
    }

    public static MeasureValue missing(String why) {
        return new MeasureValue(null, why);
    }
}
