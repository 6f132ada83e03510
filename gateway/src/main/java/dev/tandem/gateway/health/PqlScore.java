package dev.tandem.gateway.health;

import dev.tandem.events.health.HealthBand;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** A free or trial account's seriousness (its product-qualified score), as health-service computes it on request. */
@Description("A product-qualified score 0-100 (null without data, never 0 for missing data), whether it qualifies,"
        + " and what makes it up")
public record PqlScore(
        @Description("The vendor's account id") String account,
        Integer score,
        boolean qualified,

        @Description("The score from which one is product-qualified, by the PQL scorecard used")
        Integer qualifyAt,

        UUID scorecardId,
        String scorecardName,
        Detail detail) {

    /** The score's make-up: groups and measures with their parts, and one line on why. */
    @Name("PqlScoreDetail")
    @Description("The PQL score's make-up: groups and measures with their parts, and one line on why")
    public record Detail(
            Integer score,
            HealthBand band,
            BigDecimal exactScore,
            List<Health.HealthGroup> groups,
            String explanation) {}
}
