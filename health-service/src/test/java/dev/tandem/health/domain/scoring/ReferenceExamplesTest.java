package dev.tandem.health.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every published scoring example, reproduced exactly: the spec of the calculator. */
class ReferenceExamplesTest {

    private final ScorecardCalculator calculator = new ScorecardCalculator(BandScheme.standard());

    @Nested
    class WeightedGroupScore {

        @Test
        void supportGroupWithWeights20_15_22AndScores47_59_21IsShownAs40() {
            GroupInput support = group(
                    "support", "100", measure("a", "20", "47"), measure("b", "15", "59"), measure("c", "22", "21"));

            HealthScore score = calculator.score(List.of(support));

            assertThat(score.groups().get(0).exactScore())
                    .isEqualByComparingTo(
                            new BigDecimal("2287").divide(new BigDecimal("57"), java.math.MathContext.DECIMAL64));
            assertThat(score.groups().get(0).score()).isEqualTo(40);
            assertThat(score.score()).isEqualTo(40);
        }

        @Test
        void weightsAreRelative() {
            GroupInput scaled = group(
                    "support", "1", measure("a", "200", "47"), measure("b", "150", "59"), measure("c", "220", "21"));

            assertThat(calculator.score(List.of(scaled)).score()).isEqualTo(40);
        }
    }

    @Nested
    class BandBoundaries {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource({"50, RED", "51, YELLOW", "75, YELLOW", "76, GREEN", "0, RED", "100, GREEN"})
        void fromIsExclusiveExceptInTheFirstRange(int score, Band band) {
            assertThat(BandScheme.standard().bandOf(score)).isEqualTo(band);
        }
    }

    @Nested
    class MissingData {

        @Test
        void aGroupWithoutDataIsLeftOutAndItsWeightRedistributed() {
            HealthScore score = calculator.score(List.of(
                    group("deployment", "30", measure("d", "1", "80")),
                    group("engagement", "20", measure("e", "1", "60")),
                    group("adoption", "30", measure("a", "1", "50")),
                    group("roi", "20", measure("r", "1", null))));

            assertThat(score.exactScore()).isEqualByComparingTo("63.75");
            assertThat(score.score()).isEqualTo(64);
            assertThat(score.band()).isEqualTo(Band.YELLOW);
            assertThat(score.groups().get(3).score()).as("ROI is N/A, not 0").isNull();
            assertThat(score.groups().get(3).effectiveWeight()).isEqualByComparingTo("0");
            assertThat(score.groups().get(0).effectiveWeight()).isEqualByComparingTo("0.375");
        }

        @Test
        void aMeasureWithoutDataIsLeftOutAndItsWeightRedistributedInItsGroup() {
            HealthScore score = calculator.score(List.of(group(
                    "engagement",
                    "1",
                    measure("emails", "50", "80"),
                    measure("tickets", "25", null),
                    measure("events", "25", "20"))));

            // (50 x 80 + 25 x 20) / 75 = 60
            assertThat(score.score()).isEqualTo(60);
            assertThat(score.groups().get(0).measures().get(0).effectiveWeight())
                    .isEqualByComparingTo(
                            new BigDecimal("2").divide(new BigDecimal("3"), java.math.MathContext.DECIMAL64));
        }

        @Test
        void aScorecardWithNoValueAtAllHasNoScoreNeverZero() {
            HealthScore score = calculator.score(List.of(
                    group("deployment", "30", measure("d", "1", null)), group("roi", "20", measure("r", "1", null))));

            assertThat(score.isAvailable()).isFalse();
            assertThat(score.score()).isNull();
            assertThat(score.band()).isNull();
        }
    }

    @Nested
    class MultidimensionalPoints {

        private final ThresholdScoring rating = new ThresholdScoring(List.of(
                new ThresholdScoring.Threshold(new BigDecimal("0"), new BigDecimal("0")),
                new ThresholdScoring.Threshold(new BigDecimal("1"), new BigDecimal("60")),
                new ThresholdScoring.Threshold(new BigDecimal("2"), new BigDecimal("100"))));

        @Test
        void goodAverageAndPoorWeighted50_30_20Give68() {
            BigDecimal good = rating.points(new BigDecimal("2"));
            BigDecimal average = rating.points(new BigDecimal("1"));
            BigDecimal poor = rating.points(new BigDecimal("0"));

            HealthScore score = calculator.score(List.of(group(
                    "adoption",
                    "100",
                    measure("good", "50", good.toPlainString()),
                    measure("average", "30", average.toPlainString()),
                    measure("poor", "20", poor.toPlainString()))));

            assertThat(List.of(good, average, poor))
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("100"), new BigDecimal("60"), BigDecimal.ZERO);
            assertThat(score.score()).isEqualTo(68);
        }
    }

    private static GroupInput group(String key, String weight, MeasureInput... measures) {
        return new GroupInput(key, key, new BigDecimal(weight), new ArrayList<>(List.of(measures)));
    }

    private static MeasureInput measure(String key, String weight, String points) {
        return new MeasureInput(
                key, key, new BigDecimal(weight), points == null ? null : new BigDecimal(points), null, null);
    }
}
