package dev.tandem.simulator.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EtaEstimateTest {

    private static final Duration WARM_UP = Duration.ofSeconds(5);

    @Test
    void aSlowFirstDayDoesNotSetThePaceOfTheRest() {
        // 90 days: the first sync takes 20 s, every day after it 1 s, so the run takes 109 s.
        EtaEstimate eta = new EtaEstimate(90, WARM_UP);

        assertThat(eta.remaining(seconds(20), 1))
                .as("the first day done: the pace is not known yet")
                .isEmpty();
        assertThat(eta.remaining(seconds(30), 11)).hasValue(seconds(79));
        assertThat(eta.remaining(seconds(60), 41)).hasValue(seconds(49));
    }

    @Test
    void theOldEstimateWouldHavePromisedHalfAnHour() {
        // Elapsed over done, as the meter computed it: 20 s for the first of 90 days.
        Duration naive = Duration.ofSeconds(20 * 89);

        assertThat(naive).isGreaterThan(Duration.ofMinutes(29));
        EtaEstimate eta = new EtaEstimate(90, WARM_UP);
        eta.remaining(seconds(20), 1);
        assertThat(eta.remaining(seconds(23), 4).orElseThrow()).isLessThan(Duration.ofMinutes(2));
    }

    @Test
    void nothingIsPromisedDuringTheWarmUpHoweverFastTheStart() {
        EtaEstimate eta = new EtaEstimate(100, WARM_UP);

        assertThat(eta.remaining(Duration.ofMillis(500), 10)).isEmpty();
        assertThat(eta.remaining(seconds(4), 50)).isEmpty();
        assertThat(eta.remaining(seconds(5), 60)).as("the baseline itself").isEmpty();
        assertThat(eta.remaining(seconds(7), 80)).hasValue(seconds(2));
    }

    @Test
    void noProgressSinceTheBaselineGivesNoEstimate() {
        EtaEstimate eta = new EtaEstimate(10, WARM_UP);
        eta.remaining(seconds(6), 2);

        assertThat(eta.remaining(seconds(30), 2)).isEmpty();
    }

    @Test
    void aFinishedRunHasNothingLeft() {
        EtaEstimate eta = new EtaEstimate(10, WARM_UP);

        assertThat(eta.remaining(seconds(1), 10)).hasValue(Duration.ZERO);
    }

    @Test
    void theMeterSaysEstimatingUntilItKnows() {
        ProgressMeter meter = new ProgressMeter(System.out, "backfill");

        assertThat(meter.line(1, 90, "day")).endsWith("ETA estimating");
    }

    private static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }
}
