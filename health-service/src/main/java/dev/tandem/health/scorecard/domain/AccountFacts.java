package dev.tandem.health.scorecard.domain;

/**
 * What scorecard selection knows of an account, from account-service's events; all null for an account it has not
 * announced yet.
 */
public record AccountFacts(String stage, String touchModel, String plan) {

    public static final AccountFacts UNKNOWN = new AccountFacts(null, null, null);

    /** Churned accounts are not scored: N/A, never a green left over from better days. */
    public boolean isChurned() {
        return "CHURNED".equals(stage);
    }
}
