package dev.tandem.health.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticFitTest {

    @Test
    void oneBinaryFeatureFitsTheLogOddsOfEachGroup() {
        // x = 0: 5 of 10 positive, log-odds 0; x = 1: 8 of 10, log-odds ln(8/2) = ln 4.
        double[][] x = new double[20][1];
        boolean[] positive = new boolean[20];
        for (int i = 0; i < 10; i++) {
            positive[i] = i < 5;
            x[10 + i][0] = 1;
            positive[10 + i] = i < 8;
        }

        LogisticFit.Model model = LogisticFit.fit(x, positive, 0);

        assertThat(model.intercept()).isCloseTo(0, within(1e-4));
        assertThat(model.weights()[0]).isCloseTo(Math.log(4), within(1e-4));
        assertThat(model.probability(new double[] {1})).isCloseTo(0.8, within(1e-4));
    }

    @Test
    void recoversKnownCoefficientsFromDataDrawnWithThem() {
        Random random = new Random(42);
        int n = 20_000;
        double[][] x = new double[n][3];
        boolean[] positive = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = random.nextDouble();
            }
            double eta = -1 + 3 * x[i][0] + 1 * x[i][1];
            positive[i] = random.nextDouble() < 1 / (1 + Math.exp(-eta));
        }

        LogisticFit.Model model = LogisticFit.fit(x, positive, 1e-6);

        assertThat(model.intercept()).isCloseTo(-1, within(0.2));
        assertThat(model.weights()[0]).isCloseTo(3, within(0.2));
        assertThat(model.weights()[1]).isCloseTo(1, within(0.2));
        assertThat(model.weights()[2]).isCloseTo(0, within(0.2));
    }

    @Test
    void aFeatureThatGoesTheWrongWayWeighsZeroNotLess() {
        Random random = new Random(7);
        int n = 5_000;
        double[][] x = new double[n][2];
        boolean[] positive = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextDouble();
            x[i][1] = random.nextDouble();
            positive[i] = random.nextDouble() < 1 / (1 + Math.exp(-(1 - 2 * x[i][0] + 2 * x[i][1])));
        }

        LogisticFit.Model model = LogisticFit.fit(x, positive, 1e-6);

        assertThat(model.weights()[0]).isZero();
        assertThat(model.weights()[1]).isGreaterThan(1);
    }

    @Test
    void thePenaltyShrinksTheWeights() {
        Random random = new Random(3);
        int n = 2_000;
        double[][] x = new double[n][1];
        boolean[] positive = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextDouble();
            positive[i] = random.nextDouble() < 1 / (1 + Math.exp(-(-1 + 2 * x[i][0])));
        }

        double free = LogisticFit.fit(x, positive, 0).weights()[0];
        double penalised = LogisticFit.fit(x, positive, 0.1).weights()[0];

        assertThat(penalised).isPositive().isLessThan(free);
    }
}
