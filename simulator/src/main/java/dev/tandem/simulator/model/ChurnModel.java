package dev.tandem.simulator.model;

/**
 * Decides at each renewal whether an account renews, from what the simulator knows drives it: how many of its people
 * use the product on a typical day then (its users times {@link HiddenState#usage}). Below about one a day the chance
 * of leaving climbs steeply; with several a day only a small base chance is left (budget cuts, acquisitions: churn no
 * behaviour foretells).
 */
public final class ChurnModel {

    /** Churn no behaviour foretells. */
    static final double BASE = 0.03;

    /** The daily active users where half of the chance above the base is reached. */
    static final double MIDPOINT = 1.0;

    private static final double STEEPNESS = 4;
    private static final double SPAN = 0.8;

    private ChurnModel() {}

    /** The chance an account with {@code users} users who use the product at {@code usage} (a day) does not renew. */
    public static double churnChance(int users, double usage) {
        double activeADay = users * usage;
        return BASE + SPAN / (1 + Math.pow(activeADay / MIDPOINT, STEEPNESS));
    }
}
