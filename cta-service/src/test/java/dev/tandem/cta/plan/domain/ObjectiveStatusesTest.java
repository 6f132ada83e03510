package dev.tandem.cta.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.events.cta.ObjectiveStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where objectives and plans stand, from progress and dates alone; the docs' worked example first. */
class ObjectiveStatusesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 7, 1);
    private static final StatusPolicy POLICY = StatusPolicy.DEFAULT;

    /** Seat utilisation from 0.40 to 0.80 between 1 January and 1 July (181 days). */
    private static final Goal SEATS =
            new Goal(GoalKind.HEALTH, "seat_utilisation", new BigDecimal("0.40"), new BigDecimal("0.80"), Direction.UP);

    @Test
    void theWorkedExample() {
        LocalDate april = LocalDate.of(2026, 4, 1);
        // 90 of 181 days gone: the straight line expects 0.4972; at risk below 0.3972.
        assertThat(ObjectiveStatuses.expected(START, DUE, april)).isEqualByComparingTo("0.4972");

        BigDecimal behind = Progress.of(SEATS, new BigDecimal("0.52"));
        assertThat(behind).isEqualByComparingTo("0.30");
        assertThat(status(null, behind, april)).isEqualTo(ObjectiveStatus.AT_RISK);

        BigDecimal keepingUp = Progress.of(SEATS, new BigDecimal("0.60"));
        assertThat(keepingUp).isEqualByComparingTo("0.50");
        assertThat(status(null, keepingUp, april)).isEqualTo(ObjectiveStatus.ON_TRACK);

        // Within the margin of the line is still on track: 0.40 against 0.4972 - 0.10.
        assertThat(status(null, Progress.of(SEATS, new BigDecimal("0.56")), april))
                .isEqualTo(ObjectiveStatus.ON_TRACK);
    }

    @Test
    void progressIsClampedBetweenNothingAndAll() {
        assertThat(Progress.of(SEATS, new BigDecimal("0.30"))).isEqualByComparingTo("0");
        assertThat(Progress.of(SEATS, new BigDecimal("0.95"))).isEqualByComparingTo("1");
        assertThat(Progress.of(SEATS, null)).isNull();
    }

    @Test
    void aGoalDownProgressesAsTheMetricFalls() {
        Goal tickets =
                new Goal(GoalKind.HEALTH, "tickets_opened", new BigDecimal("40"), new BigDecimal("20"), Direction.DOWN);

        assertThat(Progress.of(tickets, new BigDecimal("30"))).isEqualByComparingTo("0.5");
        assertThat(Progress.of(tickets, new BigDecimal("50"))).isEqualByComparingTo("0");
        assertThat(Progress.improvementPercent(tickets, new BigDecimal("30"))).isEqualByComparingTo("25");
    }

    @Test
    void roiIsTheImprovementOverTheBaselineInPercent() {
        Goal hoursSaved =
                new Goal(GoalKind.ROI, "hours_saved", new BigDecimal("120"), new BigDecimal("180"), Direction.UP);

        assertThat(Progress.improvementPercent(hoursSaved, new BigDecimal("150")))
                .isEqualByComparingTo("25");
        assertThat(Progress.of(hoursSaved, new BigDecimal("150"))).isEqualByComparingTo("0.5");
        assertThat(Progress.improvementPercent(hoursSaved, null)).isNull();
    }

    @Test
    void reachingTheTargetIsAchievedAndStaysSoThroughADip() {
        LocalDate may = LocalDate.of(2026, 5, 1);
        assertThat(status(null, BigDecimal.ONE, may)).isEqualTo(ObjectiveStatus.ACHIEVED);
        assertThat(status(ObjectiveStatus.ACHIEVED, new BigDecimal("0.2"), may)).isEqualTo(ObjectiveStatus.ACHIEVED);
        // Judged afresh (the target was raised): the dip counts.
        assertThat(status(null, new BigDecimal("0.2"), may)).isEqualTo(ObjectiveStatus.AT_RISK);
        // Achieved after the due date is achieved all the same.
        assertThat(status(ObjectiveStatus.MISSED, BigDecimal.ONE, DUE.plusDays(3)))
                .isEqualTo(ObjectiveStatus.ACHIEVED);
    }

    @Test
    void aDueDatePassedShortOfTheTargetIsMissed() {
        assertThat(status(ObjectiveStatus.AT_RISK, new BigDecimal("0.9"), DUE.plusDays(1)))
                .isEqualTo(ObjectiveStatus.MISSED);
        assertThat(status(null, null, DUE.plusDays(1))).isEqualTo(ObjectiveStatus.MISSED);
        // The due date itself still counts.
        assertThat(status(null, new BigDecimal("0.99"), DUE)).isEqualTo(ObjectiveStatus.AT_RISK);
    }

    @Test
    void dueSoonWithoutReachingTheTargetIsAtRiskHoweverWellItGoes() {
        assertThat(status(null, new BigDecimal("0.99"), DUE.minusDays(14))).isEqualTo(ObjectiveStatus.AT_RISK);
        assertThat(status(null, new BigDecimal("0.99"), DUE.minusDays(15))).isEqualTo(ObjectiveStatus.ON_TRACK);
    }

    @Test
    void withoutAValueOnlyTheDatesSayItIsBehind() {
        assertThat(status(null, null, LocalDate.of(2026, 6, 1))).isEqualTo(ObjectiveStatus.ON_TRACK);
        assertThat(status(null, null, DUE.minusDays(3))).isEqualTo(ObjectiveStatus.AT_RISK);
    }

    @Test
    void aPlanIsAsItsObjectives() {
        var onTrack = ObjectiveStatus.ON_TRACK;
        var atRisk = ObjectiveStatus.AT_RISK;
        var achieved = ObjectiveStatus.ACHIEVED;
        var missed = ObjectiveStatus.MISSED;
        assertThat(ObjectiveStatuses.ofPlan(List.of())).isNull();
        assertThat(ObjectiveStatuses.ofPlan(List.of(achieved, achieved))).isEqualTo(achieved);
        assertThat(ObjectiveStatuses.ofPlan(List.of(achieved, onTrack))).isEqualTo(onTrack);
        assertThat(ObjectiveStatuses.ofPlan(List.of(onTrack, atRisk))).isEqualTo(atRisk);
        assertThat(ObjectiveStatuses.ofPlan(List.of(onTrack, missed))).isEqualTo(atRisk);
        assertThat(ObjectiveStatuses.ofPlan(List.of(achieved, missed))).isEqualTo(missed);
    }

    private static ObjectiveStatus status(ObjectiveStatus previous, BigDecimal progress, LocalDate today) {
        return ObjectiveStatuses.derive(previous, progress, START, DUE, today, POLICY);
    }
}
