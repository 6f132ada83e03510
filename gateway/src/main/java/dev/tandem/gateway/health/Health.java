package dev.tandem.gateway.health;

import dev.tandem.events.health.HealthBand;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

/** An account's health now, as health-service computes it on the scorecard that judges the account. */
@Description("An account's health now: score 0-100 (null for N/A, never 0 for missing data), band, trend, each group"
        + " and measure with its part in the score, and what pulls the score down most.")
public record Health(
        @Description("The vendor's account id") String accountId,
        Integer score,
        HealthBand band,
        @Description("The unrounded score") BigDecimal exactScore,
        List<HealthGroup> groups,

        @Description("One line on the biggest drag, or why there is no score")
        String explanation,

        @Description("Points gained (or lost, negative) over 7 days; null when either end has no score")
        Integer trend7,

        @Description("Points gained (or lost) over 30 days; null when either end has no score")
        Integer trend30) {

    /** One weighted group of measures (Deployment, Engagement, Adoption, ROI in the default scorecard). */
    public record HealthGroup(
            String key,
            String name,
            Integer score,
            BigDecimal exactScore,

            @Description("Share of the overall score after redistribution, 0-1")
            BigDecimal effectiveWeight,

            List<HealthMeasure> measures) {}

    /** One measure; the contributions of all measures add up to the score. */
    public record HealthMeasure(
            String key,
            String name,
            BigDecimal rawValue,

            @Description("0-100, or null when the measure had no value and was left out")
            BigDecimal points,

            BigDecimal effectiveWeight,
            @Description("points x effective weight") BigDecimal contribution) {}
}
