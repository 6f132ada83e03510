package dev.tandem.health.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CohortsTest {

    @Test
    void decilesOfTwentyOutcomesAreTenPairsWithTheirChurnRates() {
        double[] values = new double[20];
        boolean[] churned = new boolean[20];
        for (int i = 0; i < 20; i++) {
            values[i] = 20 - i; // in no particular order of value
            churned[i] = values[i] <= 5;
        }

        List<Cohort> deciles = Cohorts.of(values, churned, 10, 2);

        assertThat(deciles).hasSize(10);
        assertThat(deciles.get(0)).isEqualTo(new Cohort(1, 2, 2, 2));
        assertThat(deciles.get(1)).isEqualTo(new Cohort(3, 4, 2, 2));
        assertThat(deciles.get(2)).isEqualTo(new Cohort(5, 6, 2, 1));
        assertThat(deciles.get(2).churnRate()).isEqualTo(0.5);
        assertThat(deciles.subList(3, 10))
                .allSatisfy(cohort -> assertThat(cohort.churnRate()).isZero());
    }

    @Test
    void equalValuesShareOneCohort() {
        double[] values = {0, 0, 0, 0, 0, 0, 1, 2, 3, 4};
        boolean[] churned = {true, true, true, false, false, false, false, false, false, true};

        List<Cohort> cohorts = Cohorts.of(values, churned, 5, 2);

        assertThat(cohorts)
                .containsExactly(
                        new Cohort(0, 0, 6, 3),
                        new Cohort(1, 1, 1, 0),
                        new Cohort(2, 2, 1, 0),
                        new Cohort(3, 3, 1, 0),
                        new Cohort(4, 4, 1, 1));
    }

    @Test
    void thinDataMakesFewerCohorts() {
        double[] values = new double[25];
        boolean[] churned = new boolean[25];
        for (int i = 0; i < 25; i++) {
            values[i] = i;
        }

        assertThat(Cohorts.of(values, churned, 10, 10)).hasSize(2);
        assertThat(Cohorts.of(new double[0], new boolean[0], 10, 10)).isEmpty();
    }
}
