package dev.tandem.events.health;

/** The traffic-light band a health score falls in, by the thresholds of its scorecard. */
public enum HealthBand {
    RED,
    YELLOW,
    GREEN
}
