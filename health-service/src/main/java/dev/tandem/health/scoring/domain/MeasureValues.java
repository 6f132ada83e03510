package dev.tandem.health.scoring.domain;

import dev.tandem.health.scorecard.domain.MeasureDefinition;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The values read for scoring a set of subjects: each metric over each window ({@link MetricReadPlan#key}) and each
 * manual measure, by subject. A subject without a value is absent: no data, which the calculator leaves out.
 */
public final class MeasureValues<S> {

    private final Map<String, Map<S, BigDecimal>> metrics = new HashMap<>();
    private final Map<S, Map<String, BigDecimal>> manual = new HashMap<>();

    /** The values of a metric over a window, under its plan key. */
    public void putMetric(String key, Map<S, BigDecimal> bySubject) {
        metrics.put(key, bySubject);
    }

    /** The manual values of subjects, by measure key. */
    public void putManual(Map<S, Map<String, BigDecimal>> bySubject) {
        manual.putAll(bySubject);
    }

    /** The subject's value of the measure; null when it has none. */
    public BigDecimal of(S subject, MeasureDefinition measure) {
        if (measure.isManual()) {
            return manual.getOrDefault(subject, Map.of()).get(measure.key());
        }
        return metrics.getOrDefault(MetricReadPlan.key(measure), Map.of()).get(subject);
    }
}
