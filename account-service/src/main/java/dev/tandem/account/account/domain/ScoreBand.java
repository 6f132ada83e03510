package dev.tandem.account.account.domain;

import dev.tandem.events.health.HealthBand;

/** A health band to filter accounts on, or NA: no score, whether not scored yet, without data, or churned. */
public enum ScoreBand {
    RED(HealthBand.RED),
    YELLOW(HealthBand.YELLOW),
    GREEN(HealthBand.GREEN),
    NA(null);

    private final HealthBand band;

    ScoreBand(HealthBand band) {
        this.band = band;
    }

    /** The band health-service announces; null for NA. */
    public HealthBand healthBand() {
        return band;
    }
}
