package dev.tandem.account.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.account.segment.domain.BandBasis;
import dev.tandem.account.segment.domain.ChurnEvidence;
import dev.tandem.account.segment.domain.Lifetimes;
import dev.tandem.account.segment.domain.TouchModelBands;
import dev.tandem.events.account.TouchModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The worked example of LTV bands in docs/account-service.md: a book where 20 of 200 logos churned in the year (10 %),
 * Enterprise 2 of 50 (4 %), Starter 15 of 100 (15 %), Pilot 3 of 10 (too few to trust: the book's 10 %); gross margin
 * 0.80; high-touch from an expected LTV of 400,000, low-touch from 100,000.
 */
class LtvBandsTest {

    static final Lifetimes LIFETIMES = new Lifetimes(
            LocalDate.parse("2026-12-07"),
            new BigDecimal("0.80"),
            new ChurnEvidence(200, 20),
            Map.of(
                    "Enterprise", new ChurnEvidence(50, 2),
                    "Starter", new ChurnEvidence(100, 15),
                    "Pilot", new ChurnEvidence(10, 3)));

    static final TouchModelBands BANDS =
            new TouchModelBands(new BigDecimal("400000"), new BigDecimal("100000"), BandBasis.LTV, LIFETIMES);

    @ParameterizedTest(name = "{0} at ARR {1}: expected LTV {2}, {3}-touch")
    @CsvSource({
        "Enterprise, 24000, 480000.00, HIGH", // 24,000 × 0.80 ÷ 0.04; LOW by the default ARR bands
        "Starter,    24000, 128000.00, LOW", // 24,000 × 0.80 ÷ 0.15
        "Starter,    15000,  80000.00, TECH", // same ARR as LOW by ARR, but Starter accounts leave sooner
        "Pilot,      30000, 240000.00, LOW", // 10 starting logos: the book's 10 %
        "Unknown,    60000, 480000.00, HIGH", // a plan with no year behind it: the book's 10 %
    })
    void anAccountIsBandedByItsArrTimesMarginOverItsPlansChurn(
            String plan, String arr, String ltv, TouchModel expected) {
        assertThat(BANDS.measure(new BigDecimal(arr), plan)).isEqualByComparingTo(ltv);
        assertThat(BANDS.touchModelFor(new BigDecimal(arr), plan)).isEqualTo(expected);
    }

    @Test
    void anAccountWithoutAPlanFollowsTheBook() {
        assertThat(LIFETIMES.churnFor(null)).isEqualTo(new ChurnEvidence(200, 20));
        assertThat(BANDS.measure(new BigDecimal("1000"), null)).isEqualByComparingTo("8000.00");
    }

    @Test
    void aPlanWithoutChurnFollowsTheBookRatherThanLivingForever() {
        Lifetimes lifetimes = new Lifetimes(
                LocalDate.parse("2026-12-07"),
                new BigDecimal("0.80"),
                new ChurnEvidence(200, 20),
                Map.of("Loyal", new ChurnEvidence(80, 0)));
        assertThat(lifetimes.churnFor("Loyal")).isEqualTo(new ChurnEvidence(200, 20));
    }

    @Test
    void withoutAnyChurnNoLifetimeCanBeExpected() {
        assertThatThrownBy(() -> new Lifetimes(
                        LocalDate.parse("2026-12-07"), new BigDecimal("0.80"), new ChurnEvidence(200, 0), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChurnEvidence(5, 6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ltvBandsNeedLifetimesAndArrBandsNone() {
        assertThatThrownBy(() -> new TouchModelBands(BigDecimal.TEN, BigDecimal.ONE, BandBasis.LTV, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TouchModelBands(BigDecimal.TEN, BigDecimal.ONE, BandBasis.ARR, LIFETIMES))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
