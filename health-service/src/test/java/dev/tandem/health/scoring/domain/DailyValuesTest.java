package dev.tandem.health.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.health.domain.metric.Metric;
import dev.tandem.health.scorecard.domain.MeasureDefinition;
import dev.tandem.health.scorecard.domain.MeasureValue;
import dev.tandem.health.scorecard.domain.Scoring;
import dev.tandem.health.scorecard.domain.WhenNoData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Missing is not zero: what a measure counts when an account has no data for it, and why. */
class DailyValuesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    private final DailyValues<String> values =
            new DailyValues<>(DayRange.of(DAY), 365, Function.identity(), metric -> true);

    @Test
    void aMetricNoneOfWhoseSourcesSentAnythingIsNotApplicableWithTheReason() {
        values.putSources("acme", new SourceSpans().with("login", DAY.minusDays(40), DAY));

        assertThat(values.of("acme", DAY, measure("roi_reports", null)))
                .isEqualTo(MeasureValue.missing("no ROI reports received"));
        assertThat(values.of("globex", DAY, measure("logins", null)))
                .as("an account no source ever sent anything for")
                .isEqualTo(MeasureValue.missing("no logins received"));
    }

    @Test
    void aConnectedSourceWithNothingInTheWindowIsARealZeroForCountsAndNoValueForAverages() {
        values.putSources(
                "acme",
                new SourceSpans()
                        .with("login", DAY.minusDays(200), DAY.minusDays(100))
                        .with("nps_response", DAY.minusDays(200), DAY.minusDays(100)));

        assertThat(values.of("acme", DAY, measure("logins", null)).value())
                .as("an account that stopped logging in has no logins")
                .isEqualByComparingTo("0");
        assertThat(values.of("acme", DAY, measure("active_days", null)).value()).isEqualByComparingTo("0");
        assertThat(values.of("acme", DAY, measure("nps_average", null)))
                .isEqualTo(MeasureValue.missing("no NPS answers in the last 30 days"));
    }

    @Test
    void aSourceIsConnectedFromItsFirstSignalUntilTheLookBackAfterItsLast() {
        values.putSources("acme", new SourceSpans().with("login", DAY.minusDays(400), DAY.minusDays(365)));
        values.putSources("globex", new SourceSpans().with("login", DAY.minusDays(400), DAY.minusDays(364)));
        values.putSources("initech", new SourceSpans().with("login", DAY.plusDays(1), DAY.plusDays(5)));

        assertThat(values.of("acme", DAY, measure("logins", null)).value())
                .as("a year and a day ago")
                .isNull();
        assertThat(values.of("globex", DAY, measure("logins", null)).value()).isEqualByComparingTo("0");
        assertThat(values.of("initech", DAY, measure("logins", null)).value())
                .as("not connected yet that day")
                .isNull();
    }

    @Test
    void aValueReadIsTheValueAndAMeasureThatCountsNoDataAsZeroCountsZero() {
        values.putSources("acme", new SourceSpans().with("login", DAY, DAY));
        values.putMetric("logins@30", "acme", DAY, BigDecimal.TEN);

        assertThat(values.of("acme", DAY, measure("logins", null)).value()).isEqualByComparingTo("10");
        assertThat(values.of("acme", DAY, measure("roi_reports", WhenNoData.ZERO)))
                .isEqualTo(MeasureValue.of(BigDecimal.ZERO));
        assertThat(values.of("acme", DAY, measure("nps_average", WhenNoData.ZERO))
                        .value())
                .isEqualByComparingTo("0");
    }

    @Test
    void aMetricThatMeansNothingForTheSubjectAndAnUnsetManualMeasureAreLeftOutWithoutAWord() {
        DailyValues<String> users = new DailyValues<>(DayRange.of(DAY), 365, user -> "acme", Metric::perUser);
        users.putSources("acme", new SourceSpans().with("login", DAY, DAY));
        MeasureDefinition sentiment =
                new MeasureDefinition("sentiment", "CSM sentiment", null, null, BigDecimal.ONE, Scoring.manual(), null);

        assertThat(users.of("ana", DAY, measure("seat_utilisation", null))).isEqualTo(MeasureValue.NONE);
        assertThat(values.of("acme", DAY, sentiment)).isEqualTo(MeasureValue.NONE);
    }

    @Test
    void aManualValueCountsFromTheDayItWasSetUntilItsExpiry() {
        values.putManual("acme", List.of(new ManualPoints("sentiment", BigDecimal.valueOf(80), DAY.minusDays(3), DAY)));
        MeasureDefinition sentiment =
                new MeasureDefinition("sentiment", "CSM sentiment", null, null, BigDecimal.ONE, Scoring.manual(), null);
        DailyValues<String> range =
                new DailyValues<>(new DayRange(DAY.minusDays(5), DAY.plusDays(1)), 365, Function.identity(), m -> true);
        range.putManual("acme", List.of(new ManualPoints("sentiment", BigDecimal.valueOf(80), DAY.minusDays(3), DAY)));

        assertThat(values.of("acme", DAY, sentiment).value()).isEqualByComparingTo("80");
        assertThat(range.of("acme", DAY.minusDays(4), sentiment).value())
                .as("before it was set")
                .isNull();
        assertThat(range.of("acme", DAY.plusDays(1), sentiment).value())
                .as("after it expired")
                .isNull();
    }

    private static MeasureDefinition measure(String metric, WhenNoData whenNoData) {
        return new MeasureDefinition(metric, metric, metric, 30, BigDecimal.ONE, null, whenNoData);
    }
}
