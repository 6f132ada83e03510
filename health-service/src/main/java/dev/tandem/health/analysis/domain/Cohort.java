package dev.tandem.health.analysis.domain;

/**
 * Outcomes whose metric value lay between {@code from} and {@code to} (both included), and how many of them churned.
 */
public record Cohort(double from, double to, int outcomes, int churned) {

    public double churnRate() {
        return outcomes == 0 ? 0 : (double) churned / outcomes;
    }
}
