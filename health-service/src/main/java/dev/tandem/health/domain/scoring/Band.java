package dev.tandem.health.domain.scoring;

/** The colour a score is shown in. */
public enum Band {
    RED,
    YELLOW,
    GREEN
}
