package dev.tandem.health.scoring.domain;

import dev.tandem.health.domain.metric.Metric;
import dev.tandem.health.scorecard.domain.MeasureDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reads that scoring a set of subjects (accounts, or end users) takes, planned from the measures that judge them:
 * the daily figures of one window come from one pass over the daily counts, each other metric and window from a read
 * of its own. Reading a figure at a time cost a query per measure and batch.
 *
 * @param <S> how a subject is named
 */
public final class MetricReadPlan<S> {

    /** One metric over one window, read on its own; its values go under {@code key}. */
    public record SingleRead<S>(String key, String metric, long windowDays, Set<S> subjects) {}

    /** Several daily figures over one window, read in one pass. */
    public record DailyPass<S>(long windowDays, List<String> metrics, Set<S> subjects) {

        /** The key a figure's values go under. */
        public String keyOf(String metric) {
            return key(metric, windowDays);
        }
    }

    private final Set<String> dailyFigures;
    private final Map<String, SingleRead<S>> singles = new LinkedHashMap<>();
    private final Map<Long, DailyPass<S>> passes = new LinkedHashMap<>();

    /** Plans by the metric catalogue: its daily figures are read in passes. */
    public MetricReadPlan() {
        this(Arrays.stream(Metric.values())
                .filter(Metric::isDailyFigure)
                .map(Metric::key)
                .collect(Collectors.toSet()));
    }

    /** @param dailyFigures the metrics that are figures of the daily counts */
    MetricReadPlan(Set<String> dailyFigures) {
        this.dailyFigures = dailyFigures;
    }

    /** How the values of a metric over a window are keyed: {@code metric@windowDays}. */
    public static String key(String metric, long windowDays) {
        return metric + "@" + windowDays;
    }

    public static String key(MeasureDefinition measure) {
        return key(measure.metric(), measure.windowDays());
    }

    /** Plans the read of {@code measure} for {@code subjects}; a manual measure reads nothing here. */
    public void need(MeasureDefinition measure, Collection<S> subjects) {
        if (measure.isManual()) {
            return;
        }
        String metric = measure.metric();
        long windowDays = measure.windowDays();
        if (dailyFigures.contains(metric)) {
            DailyPass<S> pass = passes.computeIfAbsent(
                    windowDays, w -> new DailyPass<>(w, new ArrayList<>(), new LinkedHashSet<>()));
            if (!pass.metrics().contains(metric)) {
                pass.metrics().add(metric);
            }
            pass.subjects().addAll(subjects);
        } else {
            singles.computeIfAbsent(
                            key(measure), key -> new SingleRead<>(key, metric, windowDays, new LinkedHashSet<>()))
                    .subjects()
                    .addAll(subjects);
        }
    }

    public Collection<SingleRead<S>> singles() {
        return singles.values();
    }

    public Collection<DailyPass<S>> dailyPasses() {
        return passes.values();
    }
}
