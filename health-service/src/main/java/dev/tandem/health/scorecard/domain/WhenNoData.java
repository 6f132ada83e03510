package dev.tandem.health.scorecard.domain;

/** What a measure counts when an account has no data for it. */
public enum WhenNoData {
    /**
     * No value (N/A): the measure is left out and its weight goes to the others. The default, so that an integration
     * not connected yet costs an account nothing.
     */
    NA,
    /** A value of 0: for a measure whose absence is itself a bad sign, whatever the reason. */
    ZERO
}
