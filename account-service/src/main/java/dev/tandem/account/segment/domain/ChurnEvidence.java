package dev.tandem.account.segment.domain;

/**
 * A year's logo churn of a group of accounts: of the {@code starting} logos at its start, {@code churned} had no ARR at
 * its end (the retention definitions' logo churn).
 */
public record ChurnEvidence(long starting, long churned) {

    public ChurnEvidence {
        if (churned < 0 || starting < churned) {
            throw new IllegalArgumentException("Churn needs 0 <= churned <= starting");
        }
    }
}
