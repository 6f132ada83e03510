package dev.tandem.health.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.health.domain.scoring.ThresholdScoring.Threshold;
import dev.tandem.health.scorecard.domain.AccountSegment;
import dev.tandem.health.scorecard.domain.GroupDefinition;
import dev.tandem.health.scorecard.domain.MeasureDefinition;
import dev.tandem.health.scorecard.domain.ScorecardChoice;
import dev.tandem.health.scorecard.domain.ScorecardChoice.Candidate;
import dev.tandem.health.scorecard.domain.ScorecardCriteria;
import dev.tandem.health.scorecard.domain.ScorecardDefinition;
import dev.tandem.health.scorecard.domain.Scoring;
import dev.tandem.health.scorecard.domain.ScoringType;
import dev.tandem.platform.problem.FieldError;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScorecardDefinitionTest {

    private static final Set<String> METRICS = Set.of("active_days", "setup_steps");

    @Test
    void aSoundDefinitionHasNoProblems() {
        assertThat(definition(measure("a", "active_days", linear(n(0), n(0), n(20), n(100))))
                        .problems(METRICS))
                .isEmpty();
    }

    @Test
    void keysAreUniqueAcrossTheWholeScorecard() {
        MeasureDefinition measure = new MeasureDefinition("same", "Same", null, null, n(1), Scoring.manual(), null);
        ScorecardDefinition definition = new ScorecardDefinition(List.of(
                new GroupDefinition("g1", "G1", null, n(1), List.of(measure)),
                new GroupDefinition("g2", "G2", null, n(1), List.of(measure))));

        assertThat(definition.problems(METRICS)).extracting(FieldError::field).contains("groups[1].measures[0].key");
    }

    @Test
    void aManualMeasureNamesNoMetricAndAScoredOneAKnownMetric() {
        assertThat(definition(measure("m", "active_days", Scoring.manual())).problems(METRICS))
                .extracting(FieldError::field)
                .containsExactly("groups[0].measures[0].metric");
        assertThat(definition(measure("m", "logins", linear(n(0), n(0), n(1), n(100))))
                        .problems(METRICS))
                .extracting(FieldError::reason)
                .anySatisfy(reason -> assertThat(reason).contains("active_days"));
    }

    @Test
    void onlyWeightlessGroupsAreAProblem() {
        ScorecardDefinition weightless = new ScorecardDefinition(List.of(new GroupDefinition(
                "g", "G", null, n(0), List.of(measure("a", "active_days", linear(n(0), n(0), n(1), n(1)))))));

        assertThat(weightless.problems(METRICS)).extracting(FieldError::field).containsExactly("groups");
    }

    @Test
    void thresholdsAndLinesScore() {
        Scoring bands = new Scoring(
                ScoringType.THRESHOLD,
                null,
                null,
                null,
                null,
                List.of(new Threshold(n(0), n(0)), new Threshold(n(3), n(60)), new Threshold(n(10), n(100))));

        assertThat(bands.points(n(5))).isEqualByComparingTo("60");
        assertThat(bands.points(n(12))).isEqualByComparingTo("100");
        assertThat(linear(n(0), n(100), n(10), n(0)).points(n(5))).isEqualByComparingTo("50");
        assertThat(Scoring.manual().points(n(42))).isEqualByComparingTo("42");
    }

    @Test
    void theLowestPriorityNumberMatchingWinsAndTheDefaultCatchesTheRest() {
        UUID dear = UUID.randomUUID();
        UUID onboarding = UUID.randomUUID();
        UUID enterprise = UUID.randomUUID();
        ScorecardChoice choice = new ScorecardChoice(List.of(
                new Candidate(dear, "DEAR", true, 0, ScorecardCriteria.ANY),
                new Candidate(
                        enterprise,
                        "Enterprise",
                        false,
                        20,
                        new ScorecardCriteria(List.of(), List.of("HIGH"), List.of())),
                new Candidate(
                        onboarding,
                        "Onboarding",
                        false,
                        10,
                        new ScorecardCriteria(List.of("ONBOARDING"), List.of(), List.of()))));

        assertThat(choice.forAccount(new AccountSegment("ONBOARDING", "HIGH", "Growth")))
                .contains(onboarding);
        assertThat(choice.forAccount(new AccountSegment("ADOPTION", "HIGH", "Growth")))
                .contains(enterprise);
        assertThat(choice.forAccount(new AccountSegment("ADOPTION", "LOW", "Growth")))
                .contains(dear);
        assertThat(choice.forAccount(AccountSegment.UNKNOWN)).contains(dear);
    }

    private static ScorecardDefinition definition(MeasureDefinition measure) {
        return new ScorecardDefinition(List.of(new GroupDefinition("g", "G", null, n(1), List.of(measure))));
    }

    private static MeasureDefinition measure(String key, String metric, Scoring scoring) {
        return new MeasureDefinition(key, key.toUpperCase(), metric, 30, n(1), scoring, null);
    }

    private static BigDecimal n(long value) {
        return BigDecimal.valueOf(value);
    }

    private static Scoring linear(
            BigDecimal fromValue, BigDecimal fromPoints, BigDecimal toValue, BigDecimal toPoints) {
        return new Scoring(ScoringType.LINEAR, fromValue, fromPoints, toValue, toPoints, null);
    }
}
