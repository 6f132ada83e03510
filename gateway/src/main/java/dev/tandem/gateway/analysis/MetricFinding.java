package dev.tandem.gateway.analysis;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;

@Description("What the outcomes say of one metric: churn by quantile, its AUC for retention and its direction")
public record MetricFinding(
        String metric,
        int windowDays,
        int outcomes,
        int withData,

        @Description("The share of outcomes whose account had no data for the metric (left out, not zero)")
        double noDataShare,

        @Description("The chance a retained account had a higher value than a churned one")
        Double auc,

        Direction direction,
        @Description("max(auc, 1 - auc): 0.5 tells nothing") double strength,
        List<ChurnCohort> cohorts) {

    public enum Direction {
        HIGHER_IS_BETTER,
        LOWER_IS_BETTER,
        NONE
    }

    @Description("Outcomes whose metric value lay between from and to, and how many churned")
    public record ChurnCohort(double from, double to, int outcomes, int churned, double churnRate) {}
}
