package dev.tandem.cta.plan.domain;

import java.math.BigDecimal;

/**
 * How far behind is at risk.
 *
 * @param margin how far progress may trail the straight line from start to due date before the objective is at risk,
 *     as a share (0.10: ten points behind)
 * @param dueSoonDays within how many days of its due date an objective short of its target is at risk
 */
public record StatusPolicy(BigDecimal margin, int dueSoonDays) {

    public static final StatusPolicy DEFAULT = new StatusPolicy(new BigDecimal("0.10"), 14);
}
