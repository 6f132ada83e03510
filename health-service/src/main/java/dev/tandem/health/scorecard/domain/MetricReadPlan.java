package dev.tandem.health.scorecard.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reads that scoring a set of subjects (accounts, or end users) takes, planned from the metrics and windows its
 * measures name: the daily figures of one window come from one pass over the daily counts, each other metric and window
 * from a read of its own. Reading a figure at a time cost a query per measure and batch.
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

    private final List<SingleRead<S>> singles = new ArrayList<>();
    private final Map<Long, DailyPass<S>> passes = new LinkedHashMap<>();

    private MetricReadPlan() {}

    /** How the values of a metric over a window are keyed: {@code metric@windowDays}. */
    public static String key(String metric, long windowDays) {
        return metric + "@" + windowDays;
    }

    public static String key(MeasureDefinition measure) {
        return key(measure.metric(), measure.windowDays());
    }

    /**
     * @param subjectsByKey the subjects each metric and window is needed for, by {@link #key}
     * @param dailyFigures the metrics that are figures of the daily counts
     */
    public static <S> MetricReadPlan<S> of(
            Map<String, ? extends Collection<S>> subjectsByKey, Set<String> dailyFigures) {
        MetricReadPlan<S> plan = new MetricReadPlan<>();
        subjectsByKey.forEach((key, subjects) -> {
            int at = key.lastIndexOf('@');
            String metric = key.substring(0, at);
            long windowDays = Long.parseLong(key.substring(at + 1));
            if (dailyFigures.contains(metric)) {
                DailyPass<S> pass = plan.passes.computeIfAbsent(
                        windowDays, w -> new DailyPass<>(w, new ArrayList<>(), new LinkedHashSet<>()));
                pass.metrics().add(metric);
                pass.subjects().addAll(subjects);
            } else {
                plan.singles.add(new SingleRead<>(key, metric, windowDays, new LinkedHashSet<>(subjects)));
            }
        });
        return plan;
    }

    public List<SingleRead<S>> singles() {
        return singles;
    }

    public Collection<DailyPass<S>> dailyPasses() {
        return passes.values();
    }
}
