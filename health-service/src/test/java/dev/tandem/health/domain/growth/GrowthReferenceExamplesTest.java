package dev.tandem.health.domain.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The NPS, viral coefficient and usage frequency examples published with the scoring examples. */
class GrowthReferenceExamplesTest {

    @Test
    void npsOfTheReferenceAnswersIsPlus20() {
        assertThat(NetPromoterScore.of(List.of(10, 9, 9, 8, 7, 6, 3, 10, 2, 9))).hasValue(20);
    }

    @Test
    void npsHasNoValueWithoutAnswersAndRefusesOutOfRangeOnes() {
        assertThat(NetPromoterScore.of(List.of())).isEmpty();
        assertThatThrownBy(() -> NetPromoterScore.of(List.of(11))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void npsRunsFromMinus100ToPlus100() {
        assertThat(NetPromoterScore.of(List.of(0, 6))).hasValue(-100);
        assertThat(NetPromoterScore.of(List.of(9, 10))).hasValue(100);
        assertThat(NetPromoterScore.of(List.of(7, 8))).hasValue(0);
    }

    @Test
    void viralCoefficientMultipliesInvitesPerUserByConversion() {
        assertThat(ViralCoefficient.of(new BigDecimal("2.2"), new BigDecimal("0.27")))
                .isEqualByComparingTo("0.59");
    }

    @Test
    void viralCoefficientFromCountsIsAcceptedInvitesPerUser() {
        // 1,000 users sent 2,200 invites (2.2 each), 594 were accepted (27 %).
        assertThat(ViralCoefficient.ofCounts(1000, 2200, 594)).isEqualByComparingTo("0.59");
        assertThat(ViralCoefficient.ofCounts(0, 0, 0)).isEqualByComparingTo("0");
    }

    @ParameterizedTest(name = "{0} active days in 14 is {1}")
    @CsvSource({
        "14, DAILY",
        "9, DAILY",
        "8, WEEKLY",
        "5, WEEKLY",
        "4, OCCASIONALLY",
        "2, OCCASIONALLY",
        "1, INACTIVE",
        "0, INACTIVE"
    })
    void usageFrequencyBandsIncludeTheTopOfEachRange(int activeDays, UsageFrequency expected) {
        assertThat(UsageFrequency.of(activeDays)).isEqualTo(expected);
    }
}
