package dev.tandem.health.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.health.analysis.domain.Backtest.BandChurn;
import dev.tandem.health.domain.scoring.Band;
import dev.tandem.health.domain.scoring.BandScheme;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BacktestTest {

    @Test
    void figuresWithTheirCountsAndNaLeftOut() {
        Backtest backtest = Backtest.of(
                Arrays.asList(10, 30, 60, 80, 90, 40, null),
                new boolean[] {true, true, false, false, false, false, true},
                BandScheme.standard());

        assertThat(backtest.outcomes()).isEqualTo(7);
        assertThat(backtest.scored()).isEqualTo(6);
        assertThat(backtest.churned()).isEqualTo(2);
        // Every retained account scored above every churned one.
        assertThat(backtest.auc()).isEqualTo(1.0);
        assertThat(backtest.bands())
                .containsExactly(
                        new BandChurn(Band.RED, 3, 2, 2 / 3.0),
                        new BandChurn(Band.YELLOW, 1, 0, 0.0),
                        new BandChurn(Band.GREEN, 2, 0, 0.0));
        assertThat(backtest.redPrecision()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(backtest.redRecall()).isEqualTo(1.0);
        // The lowest tenth of 6 is one outcome (score 10), churned: 100 % against 2 of 6 overall.
        assertThat(backtest.lowestDecile()).isEqualTo(1);
        assertThat(backtest.lowestDecileChurned()).isEqualTo(1);
        assertThat(backtest.lowestDecileLift()).isCloseTo(3.0, within(1e-12));
    }

    @Test
    void nothingScoredHasNoFigures() {
        Backtest backtest = Backtest.of(Arrays.asList(null, null), new boolean[] {true, false}, BandScheme.standard());

        assertThat(backtest.scored()).isZero();
        assertThat(backtest.auc()).isNull();
        assertThat(backtest.redPrecision()).isNull();
        assertThat(backtest.lowestDecileLift()).isNull();
    }
}
