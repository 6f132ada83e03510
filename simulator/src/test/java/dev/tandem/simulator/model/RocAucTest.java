package dev.tandem.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.simulator.model.RocAuc.Scored;
import java.util.List;
import org.junit.jupiter.api.Test;

class RocAucTest {

    @Test
    void every_churner_below_every_other_account_is_a_perfect_warning() {
        assertThat(RocAuc.lowScoreMeansPositive(List.of(
                        new Scored(20, true), new Scored(30, true), new Scored(60, false), new Scored(90, false))))
                .isEqualTo(1.0);
    }

    @Test
    void churners_above_everyone_else_score_zero() {
        assertThat(RocAuc.lowScoreMeansPositive(List.of(new Scored(80, true), new Scored(10, false))))
                .isEqualTo(0.0);
    }

    @Test
    void ties_count_half() {
        assertThat(RocAuc.lowScoreMeansPositive(List.of(new Scored(50, true), new Scored(50, false))))
                .isEqualTo(0.5);
    }

    @Test
    void matches_counting_the_pairs_by_hand() {
        // Pairs (churner, other): (10,40) right, (10,5) wrong, (45,40) wrong, (45,5) wrong, (10,50) right,
        // (45,50) right: 3 of 6.
        assertThat(RocAuc.lowScoreMeansPositive(List.of(
                        new Scored(10, true),
                        new Scored(45, true),
                        new Scored(40, false),
                        new Scored(5, false),
                        new Scored(50, false))))
                .isCloseTo(0.5, within(1e-9));
    }
}
