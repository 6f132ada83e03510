package dev.tandem.account.segment.domain;

/** What the touch-model bands are measured in. */
public enum BandBasis {
    /** The account's ARR. */
    ARR,
    /** The account's expected lifetime value: its ARR × gross margin ÷ annual logo churn rate ({@link Lifetimes}). */
    LTV
}
