package dev.tandem.health.scorecard.domain;

/**
 * Where an account stands, as scorecard selection reads it from account-service's events: its lifecycle stage, touch
 * model and plan; all null for an account not announced yet.
 */
public record AccountSegment(String stage, String touchModel, String plan) {

    public static final AccountSegment UNKNOWN = new AccountSegment(null, null, null);

    /** Churned accounts are not scored: N/A, never a green left over from better days. */
    public boolean isChurned() {
        return "CHURNED".equals(stage);
    }
}
