package dev.tandem.simulator.model;

/** How an account's story ends: the ground truth that scores and CTAs are judged against. */
public enum Outcome {
    /** A paying account that renews its contract. */
    RENEWS,
    /** A paying account that buys more seats during the run, and renews. */
    EXPANDS,
    /** A paying account that ends its contract at renewal. */
    CHURNS,
    /** A free account that starts paying during the simulated days. */
    CONVERTS,
    /** A free account that stays free. */
    STAYS_FREE;

    public boolean isChurn() {
        return this == CHURNS;
    }
}
