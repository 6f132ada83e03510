package dev.tandem.health.scorecard.domain;

/** What a scorecard's score means. */
public enum ScorecardPurpose {
    /** Customer health: how likely the account is to stay and grow. */
    HEALTH,
    /** Seriousness of a free or trial account: how ready it is for sales to pick up (a product-qualified lead). */
    PQL
}
