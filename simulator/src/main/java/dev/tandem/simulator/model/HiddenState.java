package dev.tandem.simulator.model;

/**
 * How an account really uses the product, which the platform never sees: it only sees the product use this state
 * shapes. It drives product use alone; churn is decided at each renewal from that use ({@link ChurnModel}), and the
 * other behaviours (emails, tickets, webinars, NPS, ROI) follow drivers of their own ({@link Drivers}), so a score
 * that weighs them is not right by construction. Numbers are per user and day unless they say otherwise.
 *
 * @param activityAtStart the chance a user who holds a seat uses the product on a day, on the first simulated day
 * @param activityAtEnd the same chance on the last day; in between it moves in a straight line
 * @param activatedShare the share of an account's users who ever activate their seat
 * @param featureBreadth how many of the product's features a typical user of the account works with
 * @param setupSteps of the five setup steps, how many the account completes
 */
public enum HiddenState {
    HEALTHY(0.40, 0.40, 0.90, 6, 5),
    EXPANDING(0.45, 0.60, 0.95, 7, 5),
    DECLINING(0.40, 0.10, 0.70, 4, 4),
    CHURN_BOUND(0.28, 0.04, 0.50, 3, 3),
    STALLED_ONBOARDING(0.10, 0.06, 0.25, 2, 1);

    private final double activityAtStart;
    private final double activityAtEnd;
    private final double activatedShare;
    private final int featureBreadth;
    private final int setupSteps;

    HiddenState(
            double activityAtStart, double activityAtEnd, double activatedShare, int featureBreadth, int setupSteps) {
        this.activityAtStart = activityAtStart;
        this.activityAtEnd = activityAtEnd;
        this.activatedShare = activatedShare;
        this.featureBreadth = featureBreadth;
        this.setupSteps = setupSteps;
    }

    /** The chance a user uses the product on a day, {@code progress} being 0 on the first simulated day, 1 on the last. */
    public double activity(double progress) {
        return activityAtStart + (activityAtEnd - activityAtStart) * progress;
    }

    /** The share of the account's users who use the product on a typical day: what its churn is decided from. */
    public double usage(double progress) {
        return activity(progress) * activatedShare;
    }

    public double activatedShare() {
        return activatedShare;
    }

    public int featureBreadth() {
        return featureBreadth;
    }

    public int setupSteps() {
        return setupSteps;
    }
}
