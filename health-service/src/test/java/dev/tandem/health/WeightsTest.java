package dev.tandem.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.health.scorecard.domain.Weights;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Weights are relative (the published scoring examples' weighted group score). */
class WeightsTest {

    @Test
    void referenceSupportGroupWeightsNormaliseToShares() {
        var shares = Weights.asPercentages(List.of(dec("20"), dec("15"), dec("22")), 2);

        assertThat(shares).containsExactly(dec("35.09"), dec("26.32"), dec("38.60"));
    }

    @Test
    void weightsAlreadySummingToHundredAreUnchanged() {
        assertThat(Weights.asPercentages(List.of(dec("30"), dec("20"), dec("30"), dec("20")), 0))
                .containsExactly(dec("30"), dec("20"), dec("30"), dec("20"));
    }

    @Test
    void allZeroWeightsCarryNothingInsteadOfDividingByZero() {
        assertThat(Weights.asPercentages(List.of(dec("0"), dec("0")), 1)).containsExactly(dec("0.0"), dec("0.0"));
    }

    @Test
    void negativeWeightIsRefused() {
        assertThatThrownBy(() -> Weights.asPercentages(List.of(dec("-1"), dec("2")), 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
