package dev.tandem.health.analysis.service;

import dev.tandem.health.analysis.domain.Observation;
import dev.tandem.health.analysis.repository.OutcomeReader.Outcome;
import dev.tandem.health.scorecard.domain.MeasureDefinition;
import dev.tandem.health.scorecard.domain.MeasureValue;
import dev.tandem.health.scorecard.domain.ScorecardDefinition;
import dev.tandem.health.scoring.domain.DailyValues;
import dev.tandem.health.scoring.domain.DayRange;
import dev.tandem.health.scoring.domain.MetricReadPlan;
import dev.tandem.health.scoring.repository.AccountMetrics;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Reads the training set of an analysis: for each outcome, its account's measures as of H days before it, read as
 * scoring reads them for that day (windows ending it, the data sources connected then: missing is not zero, and the
 * CSM's manual points set by then). The outcomes of one day are read together, a query per metric read and day.
 */
@ApplicationScoped
public class TrainingSet {

    private final AccountMetrics metrics;

    public TrainingSet(AccountMetrics metrics) {
        this.metrics = metrics;
    }

    /**
     * @param candidates the metrics to read over {@code windowDays}, besides the measures of {@code current}
     * @param progress told the number of outcomes read so far, after each day; it may slow the reading down
     */
    public Uni<List<Observation>> read(
            List<Outcome> outcomes,
            int horizonDays,
            List<String> candidates,
            int windowDays,
            ScorecardDefinition current,
            IntFunction<Uni<Void>> progress) {
        List<MeasureDefinition> raw = rawMeasures(candidates, windowDays, current);
        List<MeasureDefinition> manual =
                current.measures().filter(MeasureDefinition::isManual).toList();
        TreeMap<LocalDate, List<Outcome>> byDay = new TreeMap<>();
        outcomes.forEach(outcome -> byDay.computeIfAbsent(outcome.on().minusDays(horizonDays), d -> new ArrayList<>())
                .add(outcome));
        List<Observation> observations = new ArrayList<>(outcomes.size());
        return Multi.createFrom()
                .iterable(byDay.entrySet())
                .onItem()
                .transformToUniAndConcatenate(
                        day -> Panache.withSession(() -> readDay(day.getKey(), day.getValue(), raw, manual))
                                .chain(read -> {
                                    observations.addAll(read);
                                    return progress.apply(observations.size());
                                }))
                .collect()
                .last()
                .map(ignored -> observations);
    }

    private Uni<List<Observation>> readDay(
            LocalDate asOf, List<Outcome> outcomes, List<MeasureDefinition> raw, List<MeasureDefinition> manual) {
        Set<String> accounts = new LinkedHashSet<>();
        outcomes.forEach(outcome -> accounts.add(outcome.account()));
        MetricReadPlan<String> plan = new MetricReadPlan<>();
        raw.forEach(measure -> plan.need(measure, accounts));
        return metrics.read(plan, accounts, DayRange.of(asOf))
                .map(values -> outcomes.stream()
                        .map(outcome -> new Observation(
                                outcome.account(),
                                outcome.on(),
                                asOf,
                                outcome.churned(),
                                valuesOf(values, outcome.account(), asOf, raw, manual)))
                        .toList());
    }

    private static Map<String, MeasureValue> valuesOf(
            DailyValues<String> values,
            String account,
            LocalDate asOf,
            List<MeasureDefinition> raw,
            List<MeasureDefinition> manual) {
        Map<String, MeasureValue> read = new HashMap<>();
        raw.forEach(measure -> read.put(
                Observation.metricKey(measure.metric(), measure.windowDays()), values.of(account, asOf, measure)));
        manual.forEach(measure -> read.put(Observation.manualKey(measure.key()), values.of(account, asOf, measure)));
        return read;
    }

    /**
     * Each metric and window to read once, as it is (N/A without data): the candidates over the analysis window and
     * the current scorecard's measures over theirs.
     */
    private static List<MeasureDefinition> rawMeasures(
            List<String> candidates, int windowDays, ScorecardDefinition current) {
        Map<String, MeasureDefinition> raw = new LinkedHashMap<>();
        candidates.forEach(
                metric -> raw.putIfAbsent(Observation.metricKey(metric, windowDays), raw(metric, windowDays)));
        current.measures()
                .filter(measure -> !measure.isManual())
                .forEach(measure -> raw.putIfAbsent(
                        Observation.metricKey(measure.metric(), measure.windowDays()),
                        raw(measure.metric(), measure.windowDays())));
        return List.copyOf(raw.values());
    }

    private static MeasureDefinition raw(String metric, int windowDays) {
        return new MeasureDefinition(metric, metric, metric, windowDays, null, null, null);
    }
}
