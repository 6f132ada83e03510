package dev.tandem.health.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureScoringTest {

    private final ScorecardCalculator calculator = new ScorecardCalculator(BandScheme.standard());

    @Test
    void linearScoringInterpolatesAndClamps() {
        var seatsUsed = new LinearScoring(dec("20"), dec("0"), dec("80"), dec("100"));

        assertThat(seatsUsed.points(dec("50"))).isEqualByComparingTo("50");
        assertThat(seatsUsed.points(dec("5"))).isEqualByComparingTo("0");
        assertThat(seatsUsed.points(dec("95"))).isEqualByComparingTo("100");
    }

    @Test
    void linearScoringRunsDownhillForMetricsWhereLessIsBetter() {
        var openTickets = new LinearScoring(dec("0"), dec("100"), dec("10"), dec("0"));

        assertThat(openTickets.points(dec("0"))).isEqualByComparingTo("100");
        assertThat(openTickets.points(dec("4"))).isEqualByComparingTo("60");
        assertThat(openTickets.points(dec("25"))).isEqualByComparingTo("0");
    }

    @Test
    void contributionsAddUpToTheScoreAndTheExplanationNamesTheBiggestDrag() {
        HealthScore score = calculator.score(List.of(
                new GroupInput(
                        "deployment",
                        "Deployment",
                        dec("30"),
                        List.of(new MeasureInput("seats", "Seats used", dec("1"), dec("20"), dec("0.2"), null))),
                new GroupInput(
                        "adoption",
                        "Adoption",
                        dec("70"),
                        List.of(new MeasureInput("dau", "Daily active users", dec("1"), dec("90"), dec("45"), null)))));

        BigDecimal contributions = score.groups().stream()
                .flatMap(group -> group.measures().stream())
                .map(MeasureScore::contribution)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(contributions).isEqualByComparingTo(score.exactScore());
        assertThat(score.score()).isEqualTo(69);
        assertThat(score.explanation()).isEqualTo("Deployment: Seats used scores 20 of 100 and costs 24 points.");
    }

    @Test
    void aPerfectScoreSaysSo() {
        HealthScore score = calculator.score(List.of(new GroupInput(
                "roi",
                "ROI",
                dec("1"),
                List.of(new MeasureInput("roi", "ROI reported", dec("1"), dec("100"), null, null)))));

        assertThat(score.explanation()).isEqualTo("Every measure with data is at full points.");
        assertThat(score.band()).isEqualTo(Band.GREEN);
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
