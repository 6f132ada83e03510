package dev.tandem.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TouchpointPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final List<String> BUYER = List.of("buyer");
    private static final List<String> TEAM = List.of("ana", "ben");

    @Test
    void highTouchGetsCallsAndQuarterlyReviewsLowTouchMonthlyEmails() {
        var high = TouchpointPlan.of(42, "demo42-a1", HiddenState.HEALTHY, true, BUYER, TEAM, TODAY, 90);
        var low = TouchpointPlan.of(42, "demo42-a2", HiddenState.HEALTHY, false, BUYER, TEAM, TODAY, 90);

        assertThat(high).hasSizeBetween(7, 8);
        assertThat(high).extracting(TouchpointPlan.Touchpoint::type).contains("CALL", "QBR");
        assertThat(high.stream().filter(t -> t.type().equals("QBR")))
                .allMatch(t -> t.participants().contains("buyer"));
        assertThat(low).hasSize(3).allMatch(t -> t.type().equals("EMAIL"));
        assertThat(high).allMatch(t -> t.day().isBefore(TODAY) && !t.day().isBefore(TODAY.minusDays(90)));
    }

    @Test
    void theSameSeedAndDayPlanTheSameTouchpoints() {
        assertThat(TouchpointPlan.of(7, "demo7-x", HiddenState.DECLINING, true, BUYER, TEAM, TODAY, 60))
                .isEqualTo(TouchpointPlan.of(7, "demo7-x", HiddenState.DECLINING, true, BUYER, TEAM, TODAY, 60));
    }

    @Test
    void sentimentFollowsTheHiddenState() {
        assertThat(negativeShare(HiddenState.HEALTHY)).isLessThan(0.1);
        assertThat(negativeShare(HiddenState.CHURN_BOUND)).isGreaterThan(0.4);
    }

    private static double negativeShare(HiddenState state) {
        List<TouchpointPlan.Touchpoint> all = IntStream.range(0, 200)
                .boxed()
                .flatMap(i -> TouchpointPlan.of(1, "demo1-" + i, state, true, BUYER, TEAM, TODAY, 90).stream())
                .toList();
        return all.stream().filter(t -> t.sentiment().equals("NEGATIVE")).count() / (double) all.size();
    }
}
