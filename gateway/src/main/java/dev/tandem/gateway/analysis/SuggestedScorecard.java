package dev.tandem.gateway.analysis;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

@Description("A scorecard document suggested by a churn analysis: weighted groups of weighted measures")
public record SuggestedScorecard(List<Group> groups) {

    @Description("A group of the suggested scorecard")
    public record Group(String key, String name, String description, BigDecimal weight, List<Measure> measures) {}

    @Description("A measure of the suggested scorecard: a metric over a window, scored into points")
    public record Measure(
            String key,
            String name,
            String metric,
            Integer windowDays,
            BigDecimal weight,
            Scoring scoring,
            String whenNoData) {}

    @Description("LINEAR between from and to, THRESHOLD by thresholds, MANUAL: the CSM's points")
    public record Scoring(
            String type,
            BigDecimal fromValue,
            BigDecimal fromPoints,
            BigDecimal toValue,
            BigDecimal toPoints,
            List<Threshold> thresholds) {}

    @Description("The points a value of at least atLeast earns")
    public record Threshold(BigDecimal atLeast, BigDecimal points) {}
}
