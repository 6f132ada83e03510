package dev.tandem.cta.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.platform.problem.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What makes a goal measurable, and how a template turns an account's baseline into one. */
class GoalTest {

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);

    @Test
    void aGoalWithoutAMetricIsRefusedByName() {
        assertThat(fields(new Goal(GoalKind.HEALTH, null, TEN, TWENTY, Direction.UP)))
                .containsExactly("goal.metric");
        assertThat(fields(new Goal(GoalKind.HEALTH, " ", TEN, TWENTY, Direction.UP)))
                .containsExactly("goal.metric");
    }

    @Test
    void aHealthMetricMustBeOneHealthServiceComputes() {
        assertThat(fields(new Goal(GoalKind.HEALTH, "logins", TEN, TWENTY, Direction.UP)))
                .isEmpty();
        assertThat(fields(new Goal(GoalKind.HEALTH, "happiness", TEN, TWENTY, Direction.UP)))
                .containsExactly("goal.metric");
        // Any name the customer reports under is an ROI metric.
        assertThat(fields(new Goal(GoalKind.ROI, "hours_saved", TEN, TWENTY, Direction.UP)))
                .isEmpty();
        assertThat(fields(new Goal(GoalKind.ROI, "Hours Saved!", TEN, TWENTY, Direction.UP)))
                .containsExactly("goal.metric");
    }

    @Test
    void theTargetMustLieAwayFromTheBaselineInTheGoalsDirection() {
        assertThat(fields(new Goal(GoalKind.HEALTH, "logins", TEN, TEN, Direction.UP)))
                .containsExactly("goal.target");
        assertThat(fields(new Goal(GoalKind.HEALTH, "logins", TEN, TWENTY, Direction.DOWN)))
                .containsExactly("goal.target");
        assertThat(fields(new Goal(GoalKind.HEALTH, "logins", TWENTY, TEN, Direction.DOWN)))
                .isEmpty();
    }

    @Test
    void anRoiBaselineOfZeroHasNoImprovementInPercent() {
        assertThat(fields(new Goal(GoalKind.ROI, "hours_saved", BigDecimal.ZERO, TEN, Direction.UP)))
                .containsExactly("goal.baseline");
    }

    @Test
    void figuresAreBounded() {
        assertThat(fields(new Goal(GoalKind.HEALTH, "logins", TEN, new BigDecimal("1e13"), Direction.UP)))
                .containsExactly("goal.target");
        assertThat(fields(new Goal(GoalKind.HEALTH, "logins", new BigDecimal("1.00001"), TEN, Direction.UP)))
                .containsExactly("goal.baseline");
    }

    @Test
    void aDueDateMustLieAheadWithinThreeYears() {
        LocalDate today = LocalDate.of(2026, 3, 1);
        Goal goal = new Goal(GoalKind.HEALTH, "logins", TEN, TWENTY, Direction.UP);
        assertThat(new NewObjective("t", null, today, goal).problems("", today))
                .extracting(FieldError::field)
                .containsExactly("dueDate");
        assertThat(new NewObjective("t", null, today.plusYears(3).plusDays(1), goal).problems("", today))
                .extracting(FieldError::field)
                .containsExactly("dueDate");
        assertThat(new NewObjective("t", null, today.plusDays(1), goal).problems("", today))
                .isEmpty();
    }

    @Test
    void aTemplateTargetsAnImprovementOverTheAccountsBaseline() {
        TemplateObjective up = new TemplateObjective(
                "More logins", GoalKind.HEALTH, "logins", Direction.UP, BigDecimal.valueOf(25), 90, null);
        TemplateObjective down = new TemplateObjective(
                "Fewer tickets", GoalKind.HEALTH, "tickets_opened", Direction.DOWN, BigDecimal.valueOf(20), 90, null);

        assertThat(up.goalFrom(BigDecimal.valueOf(200)).target()).isEqualByComparingTo("250");
        assertThat(down.goalFrom(BigDecimal.valueOf(50)).target()).isEqualByComparingTo("40");
        assertThat(up.problems("")).isEmpty();
        assertThat(new TemplateObjective(
                                "x", GoalKind.HEALTH, "logins", Direction.DOWN, BigDecimal.valueOf(100), 0, null)
                        .problems(""))
                .extracting(FieldError::field)
                .containsExactly("improvementPercent", "dueInDays");
    }

    private static List<String> fields(Goal goal) {
        return goal.problems("goal.").stream().map(FieldError::field).toList();
    }
}
