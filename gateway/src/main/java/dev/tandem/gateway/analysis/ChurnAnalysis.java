package dev.tandem.gateway.analysis;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

/**
 * A churn analysis as health-service keeps it (health-service/docs/churn-analysis.md): what it was asked, how far it
 * has come and, once COMPLETED, what it found.
 */
@Description("A churn analysis: its parameters, progress and, once COMPLETED, its findings, suggestion and backtests")
public record ChurnAnalysis(
        @Id UUID id,
        Status status,
        Parameters parameters,

        @Description("Outcomes in the look-back, counted when the analysis starts")
        Integer outcomesTotal,

        int outcomesDone,
        String createdBy,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        String failure,
        @Description("Null until COMPLETED, and in lists") Result result) {

    public enum Status {
        QUEUED,
        RUNNING,
        COMPLETED,
        FAILED
    }

    @Description("What the analysis was asked")
    public record Parameters(
            UUID scorecardId,
            LocalDate from,
            LocalDate to,
            int horizonDays,
            int windowDays,
            BigDecimal manualWeight,
            List<Pin> pinned) {}

    @Description("A measure kept in the suggestion at the weight the admin gave it")
    public record Pin(String measureKey, BigDecimal weight) {}

    @Description("What the outcomes say: per metric, the suggestion, and both scorecards backtested on newer outcomes")
    public record Result(
            int outcomes,
            int churned,
            int fittedOn,
            int testedOn,

            @Description("The first outcome day of the held-out (newer) outcomes")
            LocalDate testFrom,

            List<MetricFinding> findings,

            @Description("An ordinary scorecard document: its groups go into the scorecard's next version")
            SuggestedScorecard suggestion,

            Backtest current,
            Backtest suggested) {}
}
