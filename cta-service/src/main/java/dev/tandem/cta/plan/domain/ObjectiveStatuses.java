package dev.tandem.cta.plan.domain;

import dev.tandem.events.cta.ObjectiveStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * Where objectives and plans stand, derived from progress and dates alone.
 *
 * <p>An objective is, in this order: {@code ACHIEVED} once its progress reaches 1 (and stays so: a goal met is not
 * un-met by a later dip, which would announce noise), {@code MISSED} when its due date has passed, {@code AT_RISK} when
 * it is due within {@link StatusPolicy#dueSoonDays()} or its progress trails the straight line from its start to its
 * due date by more than {@link StatusPolicy#margin()}, else {@code ON_TRACK}. Without any value of its metric only the
 * dates can say it is behind: missing is not zero.
 */
public final class ObjectiveStatuses {

    private ObjectiveStatuses() {}

    /**
     * @param previous the status before, null when the objective is new or its goal or dates were just changed (an
     *     achieved goal whose target was raised is judged again)
     * @param progress 0 to 1, null without a value
     */
    public static ObjectiveStatus derive(
            ObjectiveStatus previous,
            BigDecimal progress,
            LocalDate start,
            LocalDate due,
            LocalDate today,
            StatusPolicy policy) {
        if (previous == ObjectiveStatus.ACHIEVED || (progress != null && progress.compareTo(BigDecimal.ONE) >= 0)) {
            return ObjectiveStatus.ACHIEVED;
        }
        if (today.isAfter(due)) {
            return ObjectiveStatus.MISSED;
        }
        if (ChronoUnit.DAYS.between(today, due) <= policy.dueSoonDays()) {
            return ObjectiveStatus.AT_RISK;
        }
        if (progress != null && progress.compareTo(expected(start, due, today).subtract(policy.margin())) < 0) {
            return ObjectiveStatus.AT_RISK;
        }
        return ObjectiveStatus.ON_TRACK;
    }

    /** The progress the straight line from start (0) to due date (1) expects on {@code today}, 0 to 1. */
    public static BigDecimal expected(LocalDate start, LocalDate due, LocalDate today) {
        long total = Math.max(1, ChronoUnit.DAYS.between(start, due));
        long elapsed = Math.min(total, Math.max(0, ChronoUnit.DAYS.between(start, today)));
        return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_EVEN);
    }

    /**
     * A plan's status from its objectives': {@code ACHIEVED} when all are, {@code MISSED} when none is still open and
     * one was missed, {@code AT_RISK} while any is at risk or missed, else {@code ON_TRACK}; null for a plan without
     * objectives.
     */
    public static ObjectiveStatus ofPlan(Collection<ObjectiveStatus> objectives) {
        if (objectives.isEmpty()) {
            return null;
        }
        if (objectives.stream().allMatch(status -> status == ObjectiveStatus.ACHIEVED)) {
            return ObjectiveStatus.ACHIEVED;
        }
        boolean open = objectives.stream()
                .anyMatch(status -> status == ObjectiveStatus.ON_TRACK || status == ObjectiveStatus.AT_RISK);
        if (!open) {
            return ObjectiveStatus.MISSED;
        }
        boolean behind = objectives.stream()
                .anyMatch(status -> status == ObjectiveStatus.AT_RISK || status == ObjectiveStatus.MISSED);
        return behind ? ObjectiveStatus.AT_RISK : ObjectiveStatus.ON_TRACK;
    }
}
