package dev.tandem.health.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AucTest {

    @Test
    void aTieBetweenAPositiveAndANegativeCountsHalf() {
        // Positives {2, 3} against negatives {1, 2}: 2>1, 2=2 (half), 3>1, 3>2 make 3.5 of 4 pairs.
        double auc = Auc.of(new double[] {1, 2, 2, 3}, new boolean[] {false, true, false, true})
                .getAsDouble();

        assertThat(auc).isCloseTo(0.875, within(1e-12));
    }

    @Test
    void perfectReversedAndTiedRankings() {
        boolean[] positive = {false, false, true, true};

        assertThat(Auc.of(new double[] {1, 2, 3, 4}, positive).getAsDouble()).isEqualTo(1.0);
        assertThat(Auc.of(new double[] {4, 3, 2, 1}, positive).getAsDouble()).isEqualTo(0.0);
        assertThat(Auc.of(new double[] {5, 5, 5, 5}, positive).getAsDouble()).isEqualTo(0.5);
    }

    @Test
    void withoutCasesOfBothKindsThereIsNoAuc() {
        assertThat(Auc.of(new double[] {1, 2}, new boolean[] {true, true})).isEmpty();
        assertThat(Auc.of(new double[] {}, new boolean[] {})).isEmpty();
    }
}
