package dev.tandem.gateway.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** What a cs-admin asks of a churn analysis; every field may be left out (health-service's defaults). */
@Input("ChurnAnalysisInput")
public record ChurnAnalysisInput(
        @Description("The health scorecard to compare with and start from; the default one when omitted")
        UUID scorecardId,

        @Description("How long before each outcome its measures are read (1-365, default 90)")
        Integer horizonDays,

        @Description("The outcomes of this many days up to today (30-3650, default 730)")
        Integer lookBackDays,

        @Description("The window of the candidate metrics (1-365, default 30)")
        Integer windowDays,

        @Description("The share (0-100) the CSM's sentiment keeps in the suggestion (default 10)")
        BigDecimal manualWeight,

        @Description("Measures kept in the suggestion at the share the admin gives each (at most 20)")
        List<PinnedMeasure> pinned) {

    /** A measure of the scorecard kept at a weight. */
    @Input("PinnedMeasureInput")
    public record PinnedMeasure(String measureKey, BigDecimal weight) {}
}
