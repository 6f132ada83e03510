package dev.tandem.content.milestone.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MilestoneConditionTest {

    private static final LocalDate D1 = LocalDate.of(2026, 3, 1);

    @Test
    void aSetupStepIsDoneOnTheFirstDayItWasReported() {
        var condition = new MilestoneCondition(MilestoneKind.SETUP_STEP_DONE, "connect-crm", 1);
        assertThat(condition.metOn(List.of(
                        fact(FactKind.SETUP_STEP, "connect-crm", 5, 1),
                        fact(FactKind.SETUP_STEP, "connect-crm", 2, 1),
                        fact(FactKind.SETUP_STEP, "invite-team", 0, 1))))
                .contains(D1.plusDays(2));
        assertThat(condition.metOn(List.of(fact(FactKind.SETUP_STEP, "invite-team", 0, 1))))
                .isEmpty();
    }

    @Test
    void seatsCountOncePerUserAndTheThresholdDayIsWhenTheLastNeededSeatCameIn() {
        var condition = new MilestoneCondition(MilestoneKind.SEATS_ACTIVE, null, 3);
        List<UsageFact> facts = List.of(
                fact(FactKind.SEAT, "ana", 1, 1),
                fact(FactKind.SEAT, "ana", 4, 1),
                fact(FactKind.SEAT, "ben", 2, 1),
                fact(FactKind.SEAT, "cleo", 6, 1),
                fact(FactKind.SEAT, "dan", 9, 1));
        assertThat(condition.metOn(facts)).contains(D1.plusDays(6));
        assertThat(new MilestoneCondition(MilestoneKind.SEATS_ACTIVE, null, 5).metOn(facts))
                .isEmpty();
    }

    @Test
    void featureUsesAddUpOverDaysInWhateverOrderTheyArrive() {
        var condition = new MilestoneCondition(MilestoneKind.FEATURE_USED, "reports", 5);
        List<UsageFact> facts = List.of(
                fact(FactKind.FEATURE, "reports", 7, 3),
                fact(FactKind.FEATURE, "dashboards", 1, 10),
                fact(FactKind.FEATURE, "reports", 3, 2));
        assertThat(condition.metOn(facts)).contains(D1.plusDays(7));
    }

    @Test
    void anyRoiMetricCountsUnlessOneIsNamed() {
        List<UsageFact> facts = List.of(fact(FactKind.ROI, "hours-saved", 8, 1), fact(FactKind.ROI, "revenue", 4, 1));
        assertThat(new MilestoneCondition(MilestoneKind.ROI_REPORTED, null, 1).metOn(facts))
                .contains(D1.plusDays(4));
        assertThat(new MilestoneCondition(MilestoneKind.ROI_REPORTED, "hours-saved", 1).metOn(facts))
                .contains(D1.plusDays(8));
    }

    @Test
    void conditionsThatNeedASubjectOrACountRefuseToBeBuiltWithout() {
        assertThatThrownBy(() -> new MilestoneCondition(MilestoneKind.FEATURE_USED, " ", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MilestoneCondition(MilestoneKind.SEATS_ACTIVE, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static UsageFact fact(FactKind kind, String name, int day, long count) {
        return new UsageFact(kind, name, D1.plusDays(day), count);
    }
}
