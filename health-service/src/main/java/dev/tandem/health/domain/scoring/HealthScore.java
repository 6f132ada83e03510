package dev.tandem.health.domain.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scored account: the overall score and band, each group and measure with its part in it, and one line saying what
 * pulls the score down most.
 *
 * @param score 0-100 as shown, or null (N/A) when no measure has a value: never 0 for missing data
 * @param band null when the score is N/A
 */
public record HealthScore(
        Integer score, Band band, BigDecimal exactScore, List<GroupScore> groups, String explanation) {

    /** No score at all, for the reason given (a churned account, no scorecard). */
    public static HealthScore notApplicable(String explanation) {
        return new HealthScore(null, null, null, List.of(), explanation);
    }

    public boolean isAvailable() {
        return score != null;
    }
}
