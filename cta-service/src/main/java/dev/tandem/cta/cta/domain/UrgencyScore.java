package dev.tandem.cta.cta.domain;

import dev.tandem.events.cta.CtaPriority;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Orders a CSM's queue. Urgency rises with lower health, higher ARR and a nearer renewal, plus the CTA's own priority
 * and lateness. Each part is 0 to 1 and weighted, so the score is 0 to 100 and one missing input (no score yet, no
 * contract) counts as neutral rather than as alarming or reassuring.
 */
public final class UrgencyScore {

    static final double HEALTH_WEIGHT = 35;
    static final double ARR_WEIGHT = 25;
    static final double RENEWAL_WEIGHT = 20;
    static final double PRIORITY_WEIGHT = 12;
    static final double OVERDUE_WEIGHT = 8;

    /** ARR at which the value part saturates; above it every account counts as large. */
    static final double ARR_CEILING = 250_000;

    /** Renewals further out than this do not add urgency. */
    static final double RENEWAL_HORIZON_DAYS = 180;

    private UrgencyScore() {}

    public static double of(
            Integer healthScore,
            BigDecimal arr,
            LocalDate renewalDate,
            CtaPriority priority,
            LocalDate dueDate,
            LocalDate today) {
        double health = healthScore == null ? 0.5 : 1 - clamp(healthScore / 100.0);
        // Logarithmic, so a 10k and a 20k account differ as much as a 100k and a 200k one.
        double value =
                arr == null || arr.signum() <= 0 ? 0 : clamp(Math.log1p(arr.doubleValue()) / Math.log1p(ARR_CEILING));
        double renewal = 0;
        if (renewalDate != null) {
            long days = ChronoUnit.DAYS.between(today, renewalDate);
            renewal = days < 0 ? 1 : clamp(1 - days / RENEWAL_HORIZON_DAYS);
        }
        double urgency = priority == null ? 0.33 : priority.ordinal() / 3.0;
        double overdue = dueDate != null && dueDate.isBefore(today) ? 1 : 0;
        return HEALTH_WEIGHT * health
                + ARR_WEIGHT * value
                + RENEWAL_WEIGHT * renewal
                + PRIORITY_WEIGHT * urgency
                + OVERDUE_WEIGHT * overdue;
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
