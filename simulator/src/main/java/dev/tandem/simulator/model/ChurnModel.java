package dev.tandem.simulator.model;

/**
 * Decides at each renewal whether an account renews, from what the simulator knows drives it: the value it gets from
 * the product then, its feature uses a day (users × the share using it a day, {@link HiddenState#usage}, × how many
 * features each of them uses a day, {@link Drivers#featureDepth}). Logging in every day without working with the
 * product does not keep a customer. Below a few uses a day the chance of leaving climbs steeply; with many only a
 * small base chance is left (budget cuts, acquisitions: churn no behaviour foretells).
 */
public final class ChurnModel {

    /** Churn no behaviour foretells. */
    static final double BASE = 0.03;

    /** The feature uses a day where half of the chance above the base is reached. */
    static final double MIDPOINT = 2.5;

    private static final double STEEPNESS = 3;
    private static final double SPAN = 0.8;

    private ChurnModel() {}

    /** The chance an account that gets {@code featureUsesADay} from the product does not renew. */
    public static double churnChance(double featureUsesADay) {
        return BASE + SPAN / (1 + Math.pow(Math.max(0, featureUsesADay) / MIDPOINT, STEEPNESS));
    }

    /** Feature uses a day of an account with {@code users} users, {@code usage} of them a day, each {@code depth}. */
    public static double featureUsesADay(int users, double usage, double depth) {
        return users * usage * depth;
    }
}
