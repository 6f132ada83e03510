package dev.tandem.health.analysis.domain;

import dev.tandem.health.scorecard.domain.GroupDefinition;
import dev.tandem.health.scorecard.domain.MeasureDefinition;
import dev.tandem.health.scorecard.domain.ScorecardDefinition;
import dev.tandem.health.scorecard.domain.Scoring;
import dev.tandem.health.scorecard.domain.ScoringType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a suggested scorecard as an ordinary scorecard document: a group of the measures fitted from outcomes, each
 * weighing its share of the fitted weights; a group of the measures the admin pinned, at the weights set; and a group
 * for the CSM's judgment (the MANUAL sentiment measure), at the weight the admin set. Group weights are the shares of
 * 100 each takes.
 */
final class Suggestion {

    /** A measure chosen from the data: its metric, window and line, and its fitted weight (any scale). */
    record Fitted(String metric, int windowDays, Scoring scoring, double weight) {}

    static final String FITTED_GROUP = "fitted";
    static final String PINNED_GROUP = "pinned";
    static final String JUDGMENT_GROUP = "judgment";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Suggestion() {}

    static ScorecardDefinition of(
            List<Fitted> fitted, List<MeasureDefinition> pinned, MeasureDefinition manual, BigDecimal manualWeight) {
        List<GroupDefinition> groups = new ArrayList<>();
        BigDecimal pinnedWeight =
                pinned.stream().map(MeasureDefinition::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal fittedWeight =
                HUNDRED.subtract(pinnedWeight).subtract(manualWeight).max(BigDecimal.ZERO);
        double total = fitted.stream().mapToDouble(Fitted::weight).sum();
        List<MeasureDefinition> measures = new ArrayList<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        pinned.forEach(measure -> taken.add(measure.key()));
        taken.add(manual.key());
        for (Fitted measure : fitted) {
            String key = measure.metric().replace('_', '-');
            BigDecimal share = BigDecimal.valueOf(total == 0 ? 100.0 / fitted.size() : 100 * measure.weight() / total)
                    .setScale(1, RoundingMode.HALF_UP);
            if (share.signum() > 0) {
                measures.add(new MeasureDefinition(
                        taken.contains(key) ? "fitted-" + key : key,
                        measure.metric().replace('_', ' ') + " (" + measure.windowDays() + " days)",
                        measure.metric(),
                        measure.windowDays(),
                        share,
                        measure.scoring(),
                        null));
            }
        }
        if (!measures.isEmpty()) {
            groups.add(new GroupDefinition(
                    FITTED_GROUP,
                    "Fitted from outcomes",
                    "Measures chosen by how well they told churned from retained accounts, weighted by a regularised"
                            + " logistic regression with non-negative weights",
                    fittedWeight,
                    measures));
        }
        if (!pinned.isEmpty()) {
            groups.add(new GroupDefinition(
                    PINNED_GROUP,
                    "Pinned by the admin",
                    "Measures kept at the weights the admin set",
                    pinnedWeight,
                    pinned));
        }
        groups.add(new GroupDefinition(
                JUDGMENT_GROUP,
                "CSM judgment",
                "The CSM's sentiment, at the weight the admin set",
                manualWeight,
                List.of(new MeasureDefinition(
                        manual.key(), manual.name(), null, null, HUNDRED, Scoring.manual(), manual.whenNoData()))));
        return new ScorecardDefinition(groups);
    }

    /** The CSM sentiment measure a scorecard without one gets. */
    static MeasureDefinition defaultManual() {
        return new MeasureDefinition(
                "csm-sentiment",
                "CSM sentiment",
                null,
                null,
                HUNDRED,
                new Scoring(ScoringType.MANUAL, null, null, null, null, null),
                null);
    }
}
