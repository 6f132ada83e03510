package dev.tandem.account.retention.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastAndLtvTest {

    @Test
    void ltvIsAverageArrTimesMarginOverAnnualLogoChurn() {
        // A year: 20 logos at the start, 4 churned, 18 at the end with 360,000 ARR.
        Movements year =
                new Movements(20, arr(300_000), 2, arr(60_000), 0, arr(0), 0, arr(0), 4, arr(0), 18, arr(360_000));
        Ltv ltv = Ltv.of("LOW", year, new BigDecimal("0.80"));
        assertThat(ltv.averageArr()).isEqualByComparingTo("20000"); // 360,000 / 18
        assertThat(ltv.annualLogoChurnRate()).isEqualByComparingTo("0.2000"); // 4 / 20
        assertThat(ltv.sampleSize()).isEqualTo(20);
        assertThat(ltv.ltv()).isEqualByComparingTo("80000"); // 20,000 × 0.80 / 0.20
    }

    @Test
    void aYearWithoutChurnHasNoLtvRatherThanAnInfiniteOne() {
        Movements noChurn = Movements.NONE.plus(arr(10_000), arr(10_000));
        Ltv ltv = Ltv.of("HIGH", noChurn, new BigDecimal("0.80"));
        assertThat(ltv.annualLogoChurnRate()).isEqualByComparingTo("0");
        assertThat(ltv.ltv()).isNull();
    }

    @Test
    void expectedRenewalArrTakesEachBandsHistoricalRateAndThePlainSumWithoutHistory() {
        List<BandForecast> bands = List.of(
                // 3 of 4 red accounts renewed in the past.
                BandForecast.of("RED", 2, arr(40_000), new Renewals(4, 3, 1, 0)),
                // 9 of 10 green.
                BandForecast.of("GREEN", 3, arr(100_000), new Renewals(10, 9, 1, 0)),
                // No yellow outcome recorded yet.
                BandForecast.of("YELLOW", 1, arr(5_000), Renewals.NONE));
        RenewalForecast forecast =
                RenewalForecast.of(LocalDate.parse("2026-12-07"), LocalDate.parse("2027-03-07"), bands, List.of());
        assertThat(bands.get(0).expectedArr()).isEqualByComparingTo("30000");
        assertThat(bands.get(1).expectedArr()).isEqualByComparingTo("90000");
        assertThat(bands.get(2).historicalRenewalRate()).isNull();
        assertThat(bands.get(2).sampleSize()).isZero();
        assertThat(bands.get(2).expectedArr()).isEqualByComparingTo("5000");
        assertThat(forecast.contracts()).isEqualTo(6);
        assertThat(forecast.arr()).isEqualByComparingTo("145000");
        assertThat(forecast.arrAtRisk()).isEqualByComparingTo("45000"); // red and yellow
        assertThat(forecast.expectedArr()).isEqualByComparingTo("125000");
    }

    private static BigDecimal arr(int value) {
        return BigDecimal.valueOf(value);
    }
}
