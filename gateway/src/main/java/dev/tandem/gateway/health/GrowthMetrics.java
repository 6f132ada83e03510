package dev.tandem.gateway.health;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.gateway.json.JsonDocuments;
import dev.tandem.gateway.json.MapsAsLists;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** The product-led growth levers over a span of days, as health-service measures them. */
@Description("Free sign-ups, activation and conversion, the viral coefficient K, NPS overall and by cohort, and how"
        + " often users use the product, from..to")
public record GrowthMetrics(
        LocalDate from,
        LocalDate to,
        Long signups,
        Long activatedSignups,

        @Description("Activated sign-ups over sign-ups, 0-1")
        BigDecimal activationRate,

        Long convertedSignups,

        @Description("Sign-ups that became paying, over sign-ups, 0-1")
        BigDecimal conversionRate,

        List<CohortNps> npsByCohort,
        long activeUsers,
        long invitesSent,
        long invitesAccepted,

        @Description("K = invites sent per user x invite conversion rate")
        BigDecimal viralCoefficient,

        Integer nps,
        long npsAnswers,
        List<UsageBand> usageFrequency) {

    /** NPS of the accounts whose contracts started in one month. */
    @Name("CohortNps")
    public record CohortNps(@Description("YYYY-MM") String cohort, Integer nps) {}

    /** How many users use the product how often, over the last 14 days. */
    @Name("UsageBand")
    public record UsageBand(UsageFrequency frequency, long users) {}

    /** Active days of the last 14: DAILY 9 or more, WEEKLY 3 to 8, OCCASIONALLY 1 or 2, INACTIVE none. */
    public enum UsageFrequency {
        DAILY,
        WEEKLY,
        OCCASIONALLY,
        INACTIVE
    }

    static GrowthMetrics of(JsonNode answer) {
        JsonNode listed = MapsAsLists.entries(answer, "npsByCohort", "cohort", "nps");
        listed = MapsAsLists.entries(listed, "usageFrequency", "frequency", "users");
        return JsonDocuments.read(listed, GrowthMetrics.class);
    }
}
