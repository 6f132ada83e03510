package dev.tandem.health.analysis.domain;

/**
 * Outcomes whose metric value lay between {@code from} and {@code to} (both included), how many of them churned and
 * the share that did.
 */
public record Cohort(double from, double to, int outcomes, int churned, double churnRate) {

    public Cohort(double from, double to, int outcomes, int churned) {
        this(from, to, outcomes, churned, outcomes == 0 ? 0 : (double) churned / outcomes);
    }
}
