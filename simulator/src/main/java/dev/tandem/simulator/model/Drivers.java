package dev.tandem.simulator.model;

import java.util.SplittableRandom;

/**
 * What drives an account's behaviours other than product use, drawn for each account apart from its hidden state, so
 * these behaviours relate to churn only as {@link ChurnLinks} says: emails opened and NPS weakly (a little more with
 * use), webinars and ROI reports not at all, support tickets and marketing email clicks the other way round from what
 * a CSM would guess (tickets come with use; clicks come from accounts that use the product less).
 *
 * @param emailOpenChance the chance a user opens the weekly email, before use adds to it
 * @param eventAttendance the chance the account sends someone to the webinar the vendor holds every two weeks
 * @param roiReportsPer90Days ROI results the account reports in 90 days
 * @param ticketsPerActiveUser support tickets opened per user who uses the product on a day
 * @param npsMood where its users' NPS answers centre, before use moves them
 * @param featureDepth the features a user works with on a day they use the product, on average: how deeply the
 *     account uses it, which with how many use it decides its churn ({@link ChurnModel})
 */
public record Drivers(
        double emailOpenChance,
        double eventAttendance,
        double roiReportsPer90Days,
        double ticketsPerActiveUser,
        double npsMood,
        double featureDepth) {

    static Drivers draw(SplittableRandom random) {
        return new Drivers(
                0.15 + 0.35 * random.nextDouble(),
                0.1 + 0.6 * random.nextDouble(),
                2.0 * random.nextDouble(),
                0.01 + 0.04 * random.nextDouble(),
                4 + 4 * random.nextDouble(),
                // From 0.6 to 4 a day, as many accounts below 1.5 as above: log-uniform.
                0.6 * Math.exp(Math.log(4 / 0.6) * random.nextDouble()));
    }

    /** A user opens the weekly email a little more often the more the account uses the product (weak). */
    double emailOpens(double usage) {
        return Math.min(0.95, emailOpenChance + 0.3 * usage);
    }

    /**
     * The share of opened marketing emails that are clicked: highest among accounts that use the product little, who
     * read offers and pricing; the clicks a CSM reads as interest go with churn.
     */
    static double emailClicks(double usage) {
        return 0.1 + 0.5 * Math.max(0, 1 - usage / 0.3);
    }

    /** An NPS answer: the account's mood, a little higher with use (weak), and each user's own view. */
    int npsAnswer(double usage, SplittableRandom random) {
        double answer = npsMood + 4 * usage + 2.5 * Randoms.gaussian(random);
        return (int) Math.max(0, Math.min(10, Math.round(answer)));
    }
}
