package dev.tandem.content.milestone.domain;

import static dev.tandem.content.milestone.domain.MilestoneConditionTest.fact;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MilestoneEvaluationTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private final MilestoneEvaluation.Step setup = new MilestoneEvaluation.Step(
            UUID.randomUUID(), new MilestoneCondition(MilestoneKind.SETUP_STEP_DONE, "connect-crm", 1));
    private final MilestoneEvaluation.Step seats = new MilestoneEvaluation.Step(
            UUID.randomUUID(), new MilestoneCondition(MilestoneKind.SEATS_ACTIVE, null, 2));
    private final List<MilestoneEvaluation.Step> program = List.of(setup, seats);

    @Test
    void whatWasDoneBeforeTheStartCountsFromTheFirstDay() {
        var reached = MilestoneEvaluation.newlyReached(
                program,
                Map.of(),
                List.of(fact(FactKind.SETUP_STEP, "connect-crm", -10, 1)),
                START,
                START.plusDays(30));
        assertThat(reached).containsExactly(new MilestoneEvaluation.Reached(setup.milestoneId(), START));
    }

    @Test
    void whatHappenedAfterTheDueDateDoesNotCount() {
        var reached = MilestoneEvaluation.newlyReached(
                program,
                Map.of(),
                List.of(fact(FactKind.SEAT, "ana", 1, 1), fact(FactKind.SEAT, "ben", 31, 1)),
                START,
                START.plusDays(30));
        assertThat(reached).isEmpty();
    }

    @Test
    void aMilestoneIsReachedOnceAndSuccessIsTheDayTheLastOneWas() {
        Map<UUID, LocalDate> recorded = new HashMap<>(Map.of(setup.milestoneId(), START.plusDays(3)));
        var facts = List.of(
                fact(FactKind.SETUP_STEP, "connect-crm", 1, 1),
                fact(FactKind.SEAT, "ana", 2, 1),
                fact(FactKind.SEAT, "ben", 9, 1));
        var reached = MilestoneEvaluation.newlyReached(program, recorded, facts, START, START.plusDays(30));
        assertThat(reached).containsExactly(new MilestoneEvaluation.Reached(seats.milestoneId(), START.plusDays(9)));

        assertThat(MilestoneEvaluation.succeededOn(program, recorded)).isEmpty();
        assertThat(MilestoneEvaluation.nextUnmet(program, recorded)).contains(seats);
        recorded.put(seats.milestoneId(), START.plusDays(9));
        assertThat(MilestoneEvaluation.succeededOn(program, recorded)).contains(START.plusDays(9));
        assertThat(MilestoneEvaluation.nextUnmet(program, recorded)).isEmpty();
    }
}
