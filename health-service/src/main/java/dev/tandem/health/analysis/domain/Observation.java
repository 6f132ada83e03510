package dev.tandem.health.analysis.domain;

import dev.tandem.health.scorecard.domain.MeasureDefinition;
import dev.tandem.health.scorecard.domain.MeasureValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One outcome of the training set: the account's measures as of {@code asOf} (H days before the outcome), read as
 * scoring would have read them that day, and whether the term churned.
 *
 * @param values by {@link #metricKey} for metrics, by {@link #manualKey} for CSMs' manual points
 */
public record Observation(
        String account, LocalDate outcomeOn, LocalDate asOf, boolean churned, Map<String, MeasureValue> values) {

    public static String metricKey(String metric, long windowDays) {
        return metric + "@" + windowDays;
    }

    public static String manualKey(String measureKey) {
        return "manual:" + measureKey;
    }

    /** What {@code measure} counted for the account that day; N/A when it was not read. */
    public MeasureValue valueOf(MeasureDefinition measure) {
        String key = measure.isManual() ? manualKey(measure.key()) : metricKey(measure.metric(), measure.windowDays());
        MeasureValue value = values.getOrDefault(key, MeasureValue.missing("not read"));
        // Values are kept as read, N/A without data; a measure that counts no data as 0 says so itself.
        return value.value() == null && measure.countsNoDataAsZero() ? MeasureValue.of(BigDecimal.ZERO) : value;
    }
}
