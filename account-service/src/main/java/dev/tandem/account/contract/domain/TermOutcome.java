package dev.tandem.account.contract.domain;

import java.math.BigDecimal;

/** How a contract term ended. */
public enum TermOutcome {
    /** Continued at the same ARR. */
    RENEWED,
    /** Continued at a higher ARR. */
    EXPANDED,
    /** Continued at a lower, non-zero ARR. */
    CONTRACTED,
    /** Ended: the ARR is gone. */
    CHURNED;

    /** The outcome of a term that continues from {@code before} to {@code after} ARR (a drop to zero is churn). */
    public static TermOutcome continuing(BigDecimal before, BigDecimal after) {
        if (after.signum() == 0 && before.signum() > 0) {
            return CHURNED;
        }
        int step = after.compareTo(before);
        return step > 0 ? EXPANDED : step < 0 ? CONTRACTED : RENEWED;
    }

    public boolean renewed() {
        return this != CHURNED;
    }
}
