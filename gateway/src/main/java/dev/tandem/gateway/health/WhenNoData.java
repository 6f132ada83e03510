package dev.tandem.gateway.health;

/** What a measure counts for an account without data. */
public enum WhenNoData {
    /** Left out (N/A): its weight goes to the others. */
    NA,
    /** A real 0: for a measure whose absence is itself a bad sign. */
    ZERO
}
