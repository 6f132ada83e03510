package dev.tandem.gateway.health;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.gateway.json.JsonDocuments;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** A scorecard as health-service keeps it, field by field: criteria, priority, weighted groups of weighted measures. */
public record Scorecard(
        @Id String id,
        String name,
        @JsonProperty("isDefault") @Name("isDefault") boolean isDefault,
        ScorecardPurpose purpose,

        @Description("For PQL scorecards: the score from which an account or user is product-qualified")
        Integer qualifyAt,

        @Description("Lower numbers are tried first when several scorecards' criteria admit an account")
        int priority,

        ScorecardCriteria criteria,

        @Description("Name this version when replacing the scorecard; a stale one is refused")
        int version,

        Instant updatedAt,
        List<Group> groups,

        @Description("Deprecated, kept for one release: read the typed fields (groups, measures, criteria)."
                + " The same scorecard as one JSON document, in health-service's REST shape")
        JsonObject document) {

    /** A weighted group of measures (Deployment, Engagement, Adoption, ROI in the default scorecard). */
    @Name("ScorecardGroup")
    public record Group(
            String key,
            String name,
            String description,
            BigDecimal weight,

            @Description("The group's share of all groups' weights, in percent, two decimals")
            BigDecimal weightPercent,

            List<Measure> measures) {}

    /** One measure of a group: which metric, over how many days, scored how, and weighed how much. */
    @Name("ScorecardMeasure")
    public record Measure(
            String key,
            String name,

            @Description("The metric it reads, e.g. logins or seat_utilisation; none for MANUAL")
            String metric,

            Integer windowDays,
            BigDecimal weight,

            @Description("The measure's share of its group's weights, in percent, two decimals")
            BigDecimal weightPercent,

            MeasureScoring scoring,

            @Description("NA (left out, the default) or ZERO for an account without data")
            WhenNoData whenNoData) {}

    /** From a scorecard, or from what a change answers: the scorecard with its rescoring job. */
    static Scorecard of(JsonNode answer) {
        JsonNode node = answer.has("scorecard") ? answer.get("scorecard") : answer;
        Scorecard typed = JsonDocuments.read(node, Scorecard.class);
        return new Scorecard(
                typed.id,
                typed.name,
                typed.isDefault,
                typed.purpose,
                typed.qualifyAt,
                typed.priority,
                typed.criteria,
                typed.version,
                typed.updatedAt,
                typed.groups,
                JsonDocuments.toGraphQL(node));
    }
}
