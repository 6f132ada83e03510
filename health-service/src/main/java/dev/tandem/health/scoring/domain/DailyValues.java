package dev.tandem.health.scoring.domain;

import dev.tandem.health.domain.metric.Metric;
import dev.tandem.health.scorecard.domain.MeasureDefinition;
import dev.tandem.health.scorecard.domain.MeasureValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The values read for scoring a set of subjects on each day of a range: each metric over each window
 * ({@link MetricReadPlan#key}) ending that day, CSMs' manual points and the accounts' data sources. {@link #of} says
 * what a measure counts, and why it is N/A when it is: missing is not zero.
 *
 * <ul>
 *   <li>A metric none of whose sources the account is connected to is N/A, "no ROI reports received", unless the
 *       measure counts no data as 0.
 *   <li>A connected source with nothing in the window is a real 0 for counts (an account that stopped logging in has
 *       no logins) and N/A for averages and rates (no NPS answers make no average).
 *   <li>A metric that means nothing for the subject (a seat figure for one person) and an unset manual measure are left
 *       out without a word.
 * </ul>
 */
public final class DailyValues<S> {

    private final DayRange days;
    private final int lookBackDays;
    private final Function<S, String> accountOf;
    private final Predicate<Metric> meaningful;
    private final Map<String, Map<S, BigDecimal[]>> metrics = new HashMap<>();
    private final Map<S, List<ManualPoints>> manual = new HashMap<>();
    private final Map<String, SourceSpans> sources = new HashMap<>();

    /**
     * @param lookBackDays how long after its last signal a source counts as connected
     * @param meaningful the metrics that mean something for this kind of subject
     */
    public DailyValues(DayRange days, int lookBackDays, Function<S, String> accountOf, Predicate<Metric> meaningful) {
        this.days = days;
        this.lookBackDays = lookBackDays;
        this.accountOf = accountOf;
        this.meaningful = meaningful;
    }

    public DayRange days() {
        return days;
    }

    /** A metric's value over a window ({@link MetricReadPlan#key}) ending {@code day}. */
    public void putMetric(String key, S subject, LocalDate day, BigDecimal value) {
        metrics.computeIfAbsent(key, k -> new HashMap<>())
                .computeIfAbsent(subject, s -> new BigDecimal[days.length()])[days.indexOf(day)] = value;
    }

    public void putManual(S subject, List<ManualPoints> points) {
        manual.put(subject, points);
    }

    public void putSources(String account, SourceSpans spans) {
        sources.put(account, spans);
    }

    /** Adds a source connected for good from {@code first} on to the account's others ({@link SourceSpans#since}). */
    public void putSourceSince(String account, String source, LocalDate first) {
        sources.computeIfAbsent(account, a -> new SourceSpans()).since(source, first);
    }

    /** What {@code measure} counts for {@code subject} on {@code day}. */
    public MeasureValue of(S subject, LocalDate day, MeasureDefinition measure) {
        if (measure.isManual()) {
            return manual.getOrDefault(subject, List.of()).stream()
                    .filter(points -> points.measureKey().equals(measure.key()) && points.validOn(day))
                    .findFirst()
                    .map(points -> MeasureValue.of(points.points()))
                    .orElse(measure.countsNoDataAsZero() ? MeasureValue.of(BigDecimal.ZERO) : MeasureValue.NONE);
        }
        Metric metric = Metric.byKey(measure.metric()).orElseThrow();
        if (!meaningful.test(metric)) {
            return MeasureValue.NONE;
        }
        if (!sources.getOrDefault(accountOf.apply(subject), SourceSpans.NONE).connected(metric, day, lookBackDays)) {
            return measure.countsNoDataAsZero()
                    ? MeasureValue.of(BigDecimal.ZERO)
                    : MeasureValue.missing(metric.notConnected());
        }
        BigDecimal[] byDay =
                metrics.getOrDefault(MetricReadPlan.key(measure), Map.of()).get(subject);
        BigDecimal value = byDay == null ? null : byDay[days.indexOf(day)];
        if (value != null) {
            return MeasureValue.of(value);
        }
        return metric.zeroWhenEmpty() || measure.countsNoDataAsZero()
                ? MeasureValue.of(BigDecimal.ZERO)
                : MeasureValue.missing(metric.emptyWindow(measure.windowDays()));
    }
}
