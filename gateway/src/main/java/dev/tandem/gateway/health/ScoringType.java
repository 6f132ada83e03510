package dev.tandem.gateway.health;

/** How a measure turns its metric into points. */
public enum ScoringType {
    /** A straight line between two points (fromValue/fromPoints, toValue/toPoints), flat beyond them. */
    LINEAR,
    /** Bands of the metric, each worth fixed points: the highest threshold reached counts. */
    THRESHOLD,
    /** No metric: a CSM states the points (setManualMeasure). */
    MANUAL
}
