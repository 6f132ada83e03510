package dev.tandem.gateway.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;

/**
 * A whole scorecard to create or to replace one with, as health-service takes it ({@code POST/PUT
 * /api/v1/scorecards}); health-service checks it (weights, scoring, metrics) and its field errors come back as
 * VALIDATION.
 */
@Input("ScorecardInput")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScorecardInput(
        String name,

        @JsonProperty("isDefault") @Name("isDefault") @Description("False when left out")
        Boolean isDefault,

        @Description("HEALTH when left out") ScorecardPurpose purpose,

        @Description("For PQL scorecards: the score from which one is product-qualified")
        Integer qualifyAt,

        @Description("Lower numbers are tried first; 100 when left out")
        Integer priority,

        @Description("Every account when left out") ScorecardCriteria criteria,
        List<GroupInput> groups,

        @Description("Required when replacing: the version the edit started from")
        Integer version) {

    /** A weighted group of measures. */
    @Input("ScorecardGroupInput")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GroupInput(
            String key, String name, String description, BigDecimal weight, List<MeasureInput> measures) {}

    /** One measure of a group. */
    @Input("ScorecardMeasureInput")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MeasureInput(
            String key,
            String name,
            String metric,
            Integer windowDays,
            BigDecimal weight,
            MeasureScoring scoring,
            @Description("NA when left out") WhenNoData whenNoData) {}
}
