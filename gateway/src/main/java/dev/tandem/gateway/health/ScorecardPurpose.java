package dev.tandem.gateway.health;

/** What a scorecard judges. */
public enum ScorecardPurpose {
    /** Customer health: how likely the account is to stay and grow. */
    HEALTH,
    /** Seriousness of a free or trial account or user: how ready it is for sales (a product-qualified lead). */
    PQL
}
