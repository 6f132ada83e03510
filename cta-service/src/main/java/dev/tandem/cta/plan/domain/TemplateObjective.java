package dev.tandem.cta.plan.domain;

import dev.tandem.platform.problem.FieldError;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An objective as a template pre-fills it: the goal's baseline is the account's value when the plan is made (or one
 * given then), its target {@code improvementPercent} better than the baseline, due {@code dueInDays} later.
 *
 * @param playbookId a playbook whose steps become the objective's tasks; null for none
 */
public record TemplateObjective(
        String title,
        GoalKind kind,
        String metric,
        Direction direction,
        BigDecimal improvementPercent,
        Integer dueInDays,
        UUID playbookId) {

    static final int MAX_DUE_IN_DAYS = 730;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public List<FieldError> problems(String prefix) {
        List<FieldError> problems = new ArrayList<>();
        if (title == null || title.isBlank() || title.length() > ObjectiveLimits.TITLE) {
            problems.add(
                    new FieldError(prefix + "title", "is required, at most " + ObjectiveLimits.TITLE + " characters"));
        }
        // The goal's own checks, on a stand-in baseline and target that honour the direction.
        Goal shape = new Goal(
                kind,
                metric,
                BigDecimal.ONE,
                direction == Direction.DOWN ? BigDecimal.ZERO : BigDecimal.valueOf(2),
                direction);
        problems.addAll(shape.problems(prefix));
        if (improvementPercent == null
                || improvementPercent.signum() <= 0
                || improvementPercent.compareTo(BigDecimal.valueOf(1000)) > 0
                || improvementPercent.scale() > 2) {
            problems.add(new FieldError(
                    prefix + "improvementPercent", "is required, above 0 and at most 1000, with at most 2 decimals"));
        } else if (direction == Direction.DOWN && improvementPercent.compareTo(HUNDRED) >= 0) {
            problems.add(new FieldError(
                    prefix + "improvementPercent", "must be below 100 for a goal down: a metric cannot fall further"));
        }
        if (dueInDays == null || dueInDays < 1 || dueInDays > MAX_DUE_IN_DAYS) {
            problems.add(new FieldError(prefix + "dueInDays", "is required, 1 to " + MAX_DUE_IN_DAYS));
        }
        return problems;
    }

    /** The goal from {@code baseline}: the target {@code improvementPercent} better, in the goal's direction. */
    public Goal goalFrom(BigDecimal baseline) {
        BigDecimal change = baseline.abs().multiply(improvementPercent).divide(HUNDRED, 4, RoundingMode.HALF_EVEN);
        BigDecimal target = direction == Direction.UP ? baseline.add(change) : baseline.subtract(change);
        return new Goal(kind, metric, baseline.setScale(4, RoundingMode.HALF_EVEN), target, direction);
    }
}
