package dev.tandem.health.domain.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Computes a health score from a scorecard's groups and measures, as the published scoring examples specify ({@code ReferenceExamplesTest} reproduces each).
 *
 * <ul>
 *   <li>A group's score is the weighted mean of its measures' points; weights are relative.
 *   <li>A measure with no value is left out, its weight shared among the group's measures that have one; a group with
 *       no value at all is left out the same way among the groups.
 *   <li>No value anywhere means no score (N/A), never 0.
 *   <li>Values stay exact until shown: rounded half up, to the integer, at the end.
 * </ul>
 */
public final class ScorecardCalculator {

    private static final MathContext EXACT = MathContext.DECIMAL64;

    private final BandScheme bands;

    public ScorecardCalculator(BandScheme bands) {
        this.bands = bands;
    }

    public HealthScore score(List<GroupInput> groups) {
        List<Optional<BigDecimal>> groupScores =
                groups.stream().map(ScorecardCalculator::groupScore).toList();
        BigDecimal groupWeights = BigDecimal.ZERO;
        BigDecimal weightedSum = BigDecimal.ZERO;
        for (int i = 0; i < groups.size(); i++) {
            if (groupScores.get(i).isPresent()) {
                groupWeights = groupWeights.add(groups.get(i).weight());
                weightedSum = weightedSum.add(
                        groups.get(i).weight().multiply(groupScores.get(i).get()));
            }
        }
        if (groupWeights.signum() == 0) {
            List<GroupScore> explained = explain(groups, groupScores, null);
            return new HealthScore(null, null, null, explained, Explanation.ofNoData(explained));
        }
        BigDecimal exact = weightedSum.divide(groupWeights, EXACT);
        int shown = Rounding.toInteger(exact);
        List<GroupScore> explained = explain(groups, groupScores, groupWeights);
        return new HealthScore(shown, bands.bandOf(shown), exact, explained, Explanation.of(explained));
    }

    /** The weighted mean of the measures that have a value; empty when none has (or none carries weight). */
    private static Optional<BigDecimal> groupScore(GroupInput group) {
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        for (MeasureInput measure : group.measures()) {
            if (measure.hasValue()) {
                weights = weights.add(measure.weight());
                sum = sum.add(measure.weight().multiply(measure.points()));
            }
        }
        return weights.signum() == 0 ? Optional.empty() : Optional.of(sum.divide(weights, EXACT));
    }

    private static List<GroupScore> explain(
            List<GroupInput> groups, List<Optional<BigDecimal>> groupScores, BigDecimal groupWeights) {
        List<GroupScore> explained = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            GroupInput group = groups.get(i);
            Optional<BigDecimal> score = groupScores.get(i);
            BigDecimal share = score.isPresent() && groupWeights != null
                    ? group.weight().divide(groupWeights, EXACT)
                    : BigDecimal.ZERO;
            explained.add(new GroupScore(
                    group.key(),
                    group.name(),
                    score.map(Rounding::toInteger).orElse(null),
                    score.orElse(null),
                    share,
                    measures(group, share)));
        }
        return explained;
    }

    private static List<MeasureScore> measures(GroupInput group, BigDecimal groupShare) {
        BigDecimal weights = group.measures().stream()
                .filter(MeasureInput::hasValue)
                .map(MeasureInput::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return group.measures().stream()
                .map(measure -> {
                    BigDecimal share = measure.hasValue() && weights.signum() > 0
                            ? groupShare.multiply(measure.weight()).divide(weights, EXACT)
                            : BigDecimal.ZERO;
                    BigDecimal contribution = measure.hasValue() ? share.multiply(measure.points()) : BigDecimal.ZERO;
                    return new MeasureScore(
                            measure.key(),
                            measure.name(),
                            measure.rawValue(),
                            measure.points(),
                            share,
                            contribution,
                            measure.hasValue() ? null : measure.noData());
                })
                .toList();
    }
}
