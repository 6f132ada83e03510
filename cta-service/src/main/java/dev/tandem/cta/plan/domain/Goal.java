package dev.tandem.cta.plan.domain;

import dev.tandem.events.health.HealthMetric;
import dev.tandem.platform.problem.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A measurable goal: a metric moved from a baseline to a target in a direction.
 *
 * @param metric a key of health-service's catalogue for {@link GoalKind#HEALTH}; the name the customer reports under
 *     for {@link GoalKind#ROI} (as {@code roi_reported} signals name it)
 */
public record Goal(GoalKind kind, String metric, BigDecimal baseline, BigDecimal target, Direction direction) {

    /** ROI metrics are named by the integrator: lower case, digits and underscores, as signal names usually are. */
    private static final Pattern ROI_METRIC = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,59}");

    /** Larger than any figure a customer measures, and what NUMERIC(20, 4) stores. */
    static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    /** What is missing or wrong, each error at {@code prefix} + its field; empty when the goal can be followed. */
    public List<FieldError> problems(String prefix) {
        List<FieldError> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldError(prefix + "kind", "is required: HEALTH or ROI"));
        }
        if (metric == null || metric.isBlank()) {
            problems.add(new FieldError(prefix + "metric", "is required: a goal is measured by a metric"));
        } else if (kind == GoalKind.HEALTH && HealthMetric.byKey(metric).isEmpty()) {
            problems.add(new FieldError(
                    prefix + "metric", "is not a metric health-service computes (logins, feature_uses, ...)"));
        } else if (kind == GoalKind.ROI && !ROI_METRIC.matcher(metric).matches()) {
            problems.add(new FieldError(
                    prefix + "metric", "must be 1 to 60 lower-case letters, digits, '_', '.' or '-', as reported"));
        }
        bounded(problems, baseline, prefix + "baseline");
        bounded(problems, target, prefix + "target");
        if (direction == null) {
            problems.add(new FieldError(prefix + "direction", "is required: UP or DOWN"));
        }
        if (baseline != null && target != null && direction != null) {
            int sign = target.compareTo(baseline);
            if (sign == 0) {
                problems.add(new FieldError(prefix + "target", "must differ from the baseline: nothing to achieve"));
            } else if ((direction == Direction.UP) != (sign > 0)) {
                problems.add(new FieldError(
                        prefix + "target",
                        "must be " + (direction == Direction.UP ? "above" : "below") + " the baseline for "
                                + direction));
            }
        }
        if (kind == GoalKind.ROI && baseline != null && baseline.signum() == 0) {
            problems.add(new FieldError(
                    prefix + "baseline", "must not be 0 for an ROI goal: ROI is the improvement over it in percent"));
        }
        return problems;
    }

    private static void bounded(List<FieldError> problems, BigDecimal value, String field) {
        if (value == null) {
            problems.add(new FieldError(field, "is required"));
        } else if (value.abs().compareTo(LIMIT) >= 0 || value.scale() > 4) {
            problems.add(new FieldError(field, "must be below 10^12 in size with at most 4 decimals"));
        }
    }
}
