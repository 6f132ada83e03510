package dev.tandem.cta.plan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far a goal has come. Progress is the share of the way from baseline to target covered, {@code (current −
 * baseline) / (target − baseline)}, clamped to 0..1: a metric that moved the wrong way has made no progress, one past
 * its target no more than all of it. The sign of {@code target − baseline} carries the direction, so the one formula
 * serves goals up and down.
 *
 * <p>ROI, as the method defines it, is the improvement over the baseline in percent: {@code (current − baseline) /
 * |baseline| × 100}, negated for a goal down (hours spent falling from 40 to 30 is a 25 % improvement).
 */
public final class Progress {

    private static final int SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Progress() {}

    /** @return 0 to 1 with 4 decimals; null when there is no current value (missing is not zero) */
    public static BigDecimal of(Goal goal, BigDecimal current) {
        if (current == null) {
            return null;
        }
        BigDecimal share = current.subtract(goal.baseline())
                .divide(goal.target().subtract(goal.baseline()), SCALE, RoundingMode.HALF_EVEN);
        return share.max(BigDecimal.ZERO).min(BigDecimal.ONE).setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** @return the improvement over the baseline in percent, 2 decimals; null without a current value or baseline 0 */
    public static BigDecimal improvementPercent(Goal goal, BigDecimal current) {
        if (current == null || goal.baseline().signum() == 0) {
            return null;
        }
        BigDecimal change = current.subtract(goal.baseline());
        if (goal.direction() == Direction.DOWN) {
            change = change.negate();
        }
        return change.multiply(HUNDRED).divide(goal.baseline().abs(), 2, RoundingMode.HALF_EVEN);
    }
}
