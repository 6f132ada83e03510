package dev.tandem.health.scorecard.domain;

/** How a measure turns its value into 0-100 points. */
public enum ScoringType {
    /** A straight line between two points, flat beyond them; it may fall, for metrics where less is better. */
    LINEAR,
    /** Bands of the metric, each worth fixed points: the highest threshold reached counts. */
    THRESHOLD,
    /** No metric: a CSM states the points, valid until a date they choose. */
    MANUAL
}
