package dev.tandem.gateway.health;

import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;

/** An end user's seriousness (their product-qualified score), as health-service computes it on request. */
@Description("An end user's product-qualified score 0-100 (null without data, never 0 for missing data) on the PQL"
        + " scorecard that judges their account, whether they qualify, and what makes it up")
public record UserPqlScore(
        @Description("The vendor's account id") String account,
        @Description("The vendor's user id") String user,
        Integer score,
        boolean qualified,

        @Description("The score from which one is product-qualified, by the PQL scorecard used")
        Integer qualifyAt,

        UUID scorecardId,
        String scorecardName,
        PqlScore.Detail detail) {}
