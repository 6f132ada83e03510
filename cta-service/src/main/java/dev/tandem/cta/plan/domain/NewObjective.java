package dev.tandem.cta.plan.domain;

import dev.tandem.platform.problem.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An objective as a person writes it, or rewrites it.
 *
 * @param ownerId null for the account's CSM (or the writer when the account has none)
 */
public record NewObjective(String title, String ownerId, LocalDate dueDate, Goal goal) {

    /** What is wrong, each error at {@code prefix} + its field; the due date after {@code today}, within 3 years. */
    public List<FieldError> problems(String prefix, LocalDate today) {
        List<FieldError> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new FieldError(prefix + "title", "is required"));
        }
        if (dueDate == null) {
            problems.add(new FieldError(prefix + "dueDate", "is required"));
        } else if (!dueDate.isAfter(today) || dueDate.isAfter(today.plusYears(ObjectiveLimits.MAX_DUE_YEARS))) {
            problems.add(new FieldError(
                    prefix + "dueDate",
                    "must be after today and at most " + ObjectiveLimits.MAX_DUE_YEARS + " years ahead"));
        }
        if (goal == null) {
            problems.add(new FieldError(prefix + "goal", "is required: a metric, a baseline, a target, a direction"));
        } else {
            problems.addAll(goal.problems(prefix + "goal."));
        }
        return problems;
    }
}
