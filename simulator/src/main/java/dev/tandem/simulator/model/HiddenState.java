package dev.tandem.simulator.model;

/**
 * What is really going on with a customer, which the platform never sees: it only sees the behaviour this state
 * shapes. Each state's numbers are per user and day unless they say otherwise.
 *
 * @param activityAtStart the chance a user who holds a seat uses the product on a day, on the first simulated day
 * @param activityAtEnd the same chance on the last day; in between it moves in a straight line
 * @param activatedShare the share of an account's users who ever activate their seat
 * @param featureBreadth how many of the product's features a typical user of the account works with
 * @param setupSteps of the five setup steps, how many the account completes
 * @param ticketsPerDay support tickets the account opens a day
 * @param npsLow the lowest NPS answer its users give
 * @param npsHigh the highest
 * @param emailOpensPerWeek the chance a user opens the vendor's weekly email
 * @param eventAttendance the chance a user attends a webinar or user group the vendor holds
 * @param roiReportsPer90Days ROI results the account reports in 90 days
 * @param churnChance the chance the account does not renew
 */
public enum HiddenState {
    HEALTHY(0.40, 0.40, 0.90, 6, 5, 0.02, 8, 10, 0.45, 0.25, 1.5, 0.03),
    EXPANDING(0.45, 0.60, 0.95, 7, 5, 0.02, 8, 10, 0.55, 0.35, 2.0, 0.0),
    DECLINING(0.40, 0.10, 0.70, 4, 4, 0.08, 4, 8, 0.25, 0.10, 0.4, 0.45),
    CHURN_BOUND(0.28, 0.04, 0.50, 3, 3, 0.15, 0, 6, 0.08, 0.03, 0.1, 1.0),
    STALLED_ONBOARDING(0.10, 0.06, 0.25, 2, 1, 0.06, 4, 7, 0.15, 0.05, 0.0, 0.5);

    private final double activityAtStart;
    private final double activityAtEnd;
    private final double activatedShare;
    private final int featureBreadth;
    private final int setupSteps;
    private final double ticketsPerDay;
    private final int npsLow;
    private final int npsHigh;
    private final double emailOpensPerWeek;
    private final double eventAttendance;
    private final double roiReportsPer90Days;
    private final double churnChance;

    HiddenState(
            double activityAtStart,
            double activityAtEnd,
            double activatedShare,
            int featureBreadth,
            int setupSteps,
            double ticketsPerDay,
            int npsLow,
            int npsHigh,
            double emailOpensPerWeek,
            double eventAttendance,
            double roiReportsPer90Days,
            double churnChance) {
        this.activityAtStart = activityAtStart;
        this.activityAtEnd = activityAtEnd;
        this.activatedShare = activatedShare;
        this.featureBreadth = featureBreadth;
        this.setupSteps = setupSteps;
        this.ticketsPerDay = ticketsPerDay;
        this.npsLow = npsLow;
        this.npsHigh = npsHigh;
        this.emailOpensPerWeek = emailOpensPerWeek;
        this.eventAttendance = eventAttendance;
        this.roiReportsPer90Days = roiReportsPer90Days;
        this.churnChance = churnChance;
    }

    /** The chance a user uses the product on a day, {@code progress} being 0 on the first simulated day, 1 on the last. */
    public double activity(double progress) {
        return activityAtStart + (activityAtEnd - activityAtStart) * progress;
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

    public double ticketsPerDay() {
        return ticketsPerDay;
    }

    public int npsLow() {
        return npsLow;
    }

    public int npsHigh() {
        return npsHigh;
    }

    public double emailOpensPerWeek() {
        return emailOpensPerWeek;
    }

    public double eventAttendance() {
        return eventAttendance;
    }

    public double roiReportsPer90Days() {
        return roiReportsPer90Days;
    }

    public double churnChance() {
        return churnChance;
    }
}
