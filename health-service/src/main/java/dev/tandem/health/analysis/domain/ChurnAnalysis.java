package dev.tandem.health.analysis.domain;

import dev.tandem.health.analysis.domain.MetricFinding.Direction;
import dev.tandem.health.domain.scoring.BandScheme;
import dev.tandem.health.domain.scoring.ScorecardCalculator;
import dev.tandem.health.scorecard.domain.MeasureDefinition;
import dev.tandem.health.scorecard.domain.MeasureValue;
import dev.tandem.health.scorecard.domain.ScorecardDefinition;
import dev.tandem.health.scorecard.domain.Scoring;
import dev.tandem.health.scorecard.domain.ScoringType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Designs a health scorecard from what happened: which metrics went with churn (cohorts and AUC per metric, over all
 * outcomes), a suggested scorecard fitted on the older outcomes, and a backtest of the current and the suggested
 * scorecard side by side on the newer ones, which neither was fitted on.
 *
 * <p>The suggestion takes the metrics that told churned from retained best on the older outcomes (at least
 * {@link Settings#fewestWithData} of them with data, strength at least {@link #WEAKEST}), scores each LINEAR from its
 * 10th to its 90th percentile in the direction the data shows, and weighs them by a non-negative regularised logistic
 * regression on their points. A measure an account had no data for counts the mean points of those that had, so the
 * fit neither rewards nor punishes missing data (in the scorecard, its weight goes to the other measures).
 */
public final class ChurnAnalysis {

    /** What an admin decides: the candidates' window, the CSM's judgment's weight and the measures pinned. */
    public record Settings(
            int windowDays,
            BigDecimal manualWeight,
            List<MeasureDefinition> pinned,
            int mostMeasures,
            double penalty,
            double fitShare,
            double fewestWithData) {

        /**
         * At most 8 fitted measures, a light penalty, fitted on the older 70 % of outcomes, a metric suggested only
         * when at least half of the accounts had data for it.
         */
        public static Settings standard(int windowDays, BigDecimal manualWeight, List<MeasureDefinition> pinned) {
            return new Settings(windowDays, manualWeight, pinned, 8, 0.001, 0.7, 0.5);
        }
    }

    /** What the analysis found. {@code testFrom} is the first outcome day of the held-out (newer) outcomes. */
    public record Result(
            int outcomes,
            int churned,
            int fittedOn,
            int testedOn,
            LocalDate testFrom,
            List<MetricFinding> findings,
            ScorecardDefinition suggestion,
            Backtest current,
            Backtest suggested) {}

    /** Weaker than this (an AUC within 0.52 of a coin either way), a metric is not suggested. */
    static final double WEAKEST = 0.52;

    private static final BandScheme BANDS = BandScheme.standard();
    private static final ScorecardCalculator CALCULATOR = new ScorecardCalculator(BANDS);

    private ChurnAnalysis() {}

    /**
     * @param observations the training set, any order
     * @param current the scorecard now in force, backtested beside the suggestion
     * @param candidates the metrics a measure may use
     */
    public static Result run(
            List<Observation> observations, ScorecardDefinition current, List<String> candidates, Settings settings) {
        List<Observation> byTime = observations.stream()
                .sorted(Comparator.comparing(Observation::outcomeOn).thenComparing(Observation::account))
                .toList();
        int fitSize = (int) Math.round(byTime.size() * settings.fitShare());
        List<Observation> older = byTime.subList(0, fitSize);
        List<Observation> newer = byTime.subList(fitSize, byTime.size());

        List<MetricFinding> findings = findings(byTime, candidates, settings.windowDays());
        List<Suggestion.Fitted> fitted = fit(older, findings(older, candidates, settings.windowDays()), settings);
        MeasureDefinition manual = current.measures()
                .filter(MeasureDefinition::isManual)
                .findFirst()
                .orElseGet(Suggestion::defaultManual);
        ScorecardDefinition suggestion = Suggestion.of(fitted, settings.pinned(), manual, settings.manualWeight());
        boolean[] newerChurned = churned(newer);
        return new Result(
                byTime.size(),
                count(churned(byTime)),
                older.size(),
                newer.size(),
                newer.isEmpty() ? null : newer.get(0).outcomeOn(),
                findings,
                suggestion,
                Backtest.of(scores(current, newer), newerChurned, BANDS),
                Backtest.of(scores(suggestion, newer), newerChurned, BANDS));
    }

    /** Each candidate metric's finding, strongest first; a metric nobody had data for is reported all the same. */
    static List<MetricFinding> findings(List<Observation> observations, List<String> candidates, int windowDays) {
        boolean[] churned = churned(observations);
        return candidates.stream()
                .map(metric -> MetricFinding.of(metric, windowDays, values(observations, metric, windowDays), churned))
                .sorted(Comparator.comparingDouble(MetricFinding::strength)
                        .reversed()
                        .thenComparing(MetricFinding::metric))
                .toList();
    }

    private static List<Suggestion.Fitted> fit(
            List<Observation> older, List<MetricFinding> findings, Settings settings) {
        List<String> pinnedMetrics =
                settings.pinned().stream().map(MeasureDefinition::metric).toList();
        List<MetricFinding> chosen = new ArrayList<>();
        List<Scoring> lines = new ArrayList<>();
        for (MetricFinding finding : findings) {
            if (chosen.size() == settings.mostMeasures()) {
                break;
            }
            if (finding.direction() == Direction.NONE
                    || finding.strength() < WEAKEST
                    || finding.withData() < Math.max(2, settings.fewestWithData() * finding.outcomes())
                    || pinnedMetrics.contains(finding.metric())) {
                continue;
            }
            Scoring line = line(values(older, finding.metric(), finding.windowDays()), finding.direction());
            if (line != null) {
                chosen.add(finding);
                lines.add(line);
            }
        }
        if (chosen.isEmpty()) {
            return List.of();
        }
        double[][] points = points(older, chosen, lines);
        boolean[] retained = churned(older);
        for (int i = 0; i < retained.length; i++) {
            retained[i] = !retained[i];
        }
        double[] weights = LogisticFit.fit(points, retained, settings.penalty()).weights();
        List<Suggestion.Fitted> fitted = new ArrayList<>();
        for (int j = 0; j < chosen.size(); j++) {
            fitted.add(new Suggestion.Fitted(
                    chosen.get(j).metric(), chosen.get(j).windowDays(), lines.get(j), weights[j]));
        }
        return fitted;
    }

    /** LINEAR from the 10th to the 90th percentile, full points at the end the data says is better; null if flat. */
    static Scoring line(List<Double> values, Direction direction) {
        double[] data = values.stream()
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .sorted()
                .toArray();
        double low = Quantiles.of(data, 0.1);
        double high = Quantiles.of(data, 0.9);
        if (low == high) {
            low = data[0];
            high = data[data.length - 1];
        }
        if (Quantiles.decimal(low).compareTo(Quantiles.decimal(high)) == 0) {
            return null;
        }
        BigDecimal none = BigDecimal.ZERO;
        BigDecimal full = BigDecimal.valueOf(100);
        boolean higherBetter = direction == Direction.HIGHER_IS_BETTER;
        return new Scoring(
                ScoringType.LINEAR,
                Quantiles.decimal(low),
                higherBetter ? none : full,
                Quantiles.decimal(high),
                higherBetter ? full : none,
                null);
    }

    /** Each outcome's points on each chosen measure, 0-1; no data counts the mean of those with data. */
    private static double[][] points(List<Observation> older, List<MetricFinding> chosen, List<Scoring> lines) {
        double[][] x = new double[older.size()][chosen.size()];
        for (int j = 0; j < chosen.size(); j++) {
            List<Double> values =
                    values(older, chosen.get(j).metric(), chosen.get(j).windowDays());
            double sum = 0;
            int present = 0;
            for (int i = 0; i < x.length; i++) {
                Double value = values.get(i);
                x[i][j] = value == null
                        ? Double.NaN
                        : lines.get(j).points(BigDecimal.valueOf(value)).doubleValue() / 100;
                if (value != null) {
                    sum += x[i][j];
                    present++;
                }
            }
            double mean = present == 0 ? 0 : sum / present;
            for (double[] row : x) {
                row[j] = Double.isNaN(row[j]) ? mean : row[j];
            }
        }
        return x;
    }

    private static List<Integer> scores(ScorecardDefinition definition, List<Observation> observations) {
        return observations.stream()
                .map(observation -> CALCULATOR
                        .score(definition.inputs(observation::valueOf))
                        .score())
                .toList();
    }

    private static List<Double> values(List<Observation> observations, String metric, int windowDays) {
        String key = Observation.metricKey(metric, windowDays);
        return observations.stream()
                .map(observation -> {
                    MeasureValue value = observation.values().get(key);
                    return value == null || value.value() == null
                            ? null
                            : value.value().doubleValue();
                })
                .toList();
    }

    private static boolean[] churned(List<Observation> observations) {
        boolean[] churned = new boolean[observations.size()];
        for (int i = 0; i < churned.length; i++) {
            churned[i] = observations.get(i).churned();
        }
        return churned;
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean flag : flags) {
            n += flag ? 1 : 0;
        }
        return n;
    }
}
