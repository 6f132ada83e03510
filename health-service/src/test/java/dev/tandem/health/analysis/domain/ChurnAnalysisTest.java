package dev.tandem.health.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.health.analysis.domain.ChurnAnalysis.Result;
import dev.tandem.health.analysis.domain.ChurnAnalysis.Settings;
import dev.tandem.health.analysis.domain.MetricFinding.Direction;
import dev.tandem.health.domain.metric.Metric;
import dev.tandem.health.scorecard.domain.GroupDefinition;
import dev.tandem.health.scorecard.domain.MeasureDefinition;
import dev.tandem.health.scorecard.domain.MeasureValue;
import dev.tandem.health.scorecard.domain.ScorecardDefinition;
import dev.tandem.health.scorecard.domain.Scoring;
import dev.tandem.health.scorecard.domain.ScoringType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A company where few logins and many support tickets go with churn, website visits go with nothing, and no account
 * sends NPS answers; its current scorecard measures website visits only.
 */
class ChurnAnalysisTest {

    private static final List<String> CANDIDATES = List.of("logins", "tickets_opened", "website_visits", "nps_average");
    private static final Settings SETTINGS = new Settings(30, BigDecimal.TEN, List.of(), 8, 0.001, 0.7, 0.5);

    @Test
    void findsWhatWentWithChurnAndSuggestsAScorecardThatBeatsTheCurrentOneOnNewerOutcomes() {
        Result result = ChurnAnalysis.run(company(1_000), current(), CANDIDATES, SETTINGS);

        assertThat(result.outcomes()).isEqualTo(1_000);
        assertThat(result.fittedOn()).isEqualTo(700);
        assertThat(result.testedOn()).isEqualTo(300);
        assertThat(result.findings().get(0).metric()).isEqualTo("logins");
        assertThat(result.findings().get(0).direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(finding(result, "tickets_opened").direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        MetricFinding nps = finding(result, "nps_average");
        assertThat(nps.withData()).isZero();
        assertThat(nps.noDataShare()).isEqualTo(1.0);
        assertThat(nps.auc()).isNull();

        ScorecardDefinition suggestion = result.suggestion();
        assertThat(suggestion.problems(Metric.keys())).isEmpty();
        List<MeasureDefinition> fitted =
                group(suggestion, Suggestion.FITTED_GROUP).measures();
        assertThat(fitted).extracting(MeasureDefinition::metric).contains("logins", "tickets_opened");
        assertThat(fitted.get(0).weight())
                .isGreaterThan(measure(fitted, "tickets_opened").weight());
        GroupDefinition judgment = group(suggestion, Suggestion.JUDGMENT_GROUP);
        assertThat(judgment.weight()).isEqualByComparingTo("10");
        assertThat(judgment.measures().get(0).key()).isEqualTo("csm-sentiment");
        assertThat(group(suggestion, Suggestion.FITTED_GROUP).weight()).isEqualByComparingTo("90");

        assertThat(result.suggested().auc()).isGreaterThan(result.current().auc() + 0.05);
        assertThat(result.suggested().lowestDecileLift()).isGreaterThan(1.5);
    }

    @Test
    void aPinnedMeasureKeepsItsWeightAndItsMetricIsNotFittedAgain() {
        MeasureDefinition pinned = current().groups().get(0).measures().get(0);
        MeasureDefinition visits = new MeasureDefinition(
                pinned.key(),
                pinned.name(),
                pinned.metric(),
                pinned.windowDays(),
                BigDecimal.valueOf(20),
                pinned.scoring(),
                null);

        Result result = ChurnAnalysis.run(
                company(400),
                current(),
                CANDIDATES,
                new Settings(30, BigDecimal.valueOf(15), List.of(visits), 8, 0.001, 0.7, 0.5));

        GroupDefinition kept = group(result.suggestion(), Suggestion.PINNED_GROUP);
        assertThat(kept.weight()).isEqualByComparingTo("20");
        assertThat(kept.measures()).containsExactly(visits);
        assertThat(group(result.suggestion(), Suggestion.FITTED_GROUP).weight()).isEqualByComparingTo("65");
        assertThat(group(result.suggestion(), Suggestion.FITTED_GROUP).measures())
                .extracting(MeasureDefinition::metric)
                .doesNotContain("website_visits");
    }

    private static List<Observation> company(int size) {
        Random random = new Random(11);
        List<Observation> observations = new ArrayList<>();
        LocalDate first = LocalDate.parse("2025-01-01");
        for (int i = 0; i < size; i++) {
            int logins = random.nextInt(101);
            int tickets = random.nextInt(11);
            int visits = random.nextInt(51);
            double churn = 1 / (1 + Math.exp(-(1 - 0.06 * logins + 0.25 * tickets)));
            LocalDate on = first.plusDays(i / 2);
            observations.add(new Observation(
                    "account-" + i,
                    on,
                    on.minusDays(90),
                    random.nextDouble() < churn,
                    Map.of(
                            "logins@30", MeasureValue.of(BigDecimal.valueOf(logins)),
                            "tickets_opened@30", MeasureValue.of(BigDecimal.valueOf(tickets)),
                            "website_visits@30", MeasureValue.of(BigDecimal.valueOf(visits)),
                            "nps_average@30", MeasureValue.missing("no NPS answers received"))));
        }
        return observations;
    }

    private static ScorecardDefinition current() {
        MeasureDefinition visits = new MeasureDefinition(
                "visits",
                "Website visits",
                "website_visits",
                30,
                BigDecimal.valueOf(100),
                new Scoring(
                        ScoringType.LINEAR,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.valueOf(50),
                        BigDecimal.valueOf(100),
                        null),
                null);
        MeasureDefinition sentiment = new MeasureDefinition(
                "csm-sentiment", "CSM sentiment", null, null, BigDecimal.valueOf(100), Scoring.manual(), null);
        return new ScorecardDefinition(List.of(
                new GroupDefinition("engagement", "Engagement", null, BigDecimal.valueOf(100), List.of(visits)),
                new GroupDefinition("sentiment", "Sentiment", null, BigDecimal.ZERO, List.of(sentiment))));
    }

    private static MetricFinding finding(Result result, String metric) {
        return result.findings().stream()
                .filter(f -> f.metric().equals(metric))
                .findFirst()
                .orElseThrow();
    }

    private static GroupDefinition group(ScorecardDefinition definition, String key) {
        return definition.groups().stream()
                .filter(g -> g.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static MeasureDefinition measure(List<MeasureDefinition> measures, String metric) {
        return measures.stream()
                .filter(m -> metric.equals(m.metric()))
                .findFirst()
                .orElseThrow();
    }
}
