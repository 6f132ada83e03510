package dev.tandem.health.analysis.rest;

import dev.tandem.health.analysis.domain.AnalysisParameters;
import dev.tandem.health.analysis.domain.ChurnAnalysis;
import dev.tandem.health.analysis.domain.ChurnAnalysisJob;
import java.time.Instant;
import java.util.UUID;

/**
 * A churn analysis, how far it has come and, once COMPLETED, what it found: the outcomes it learned from, each candidate
 * metric's cohorts and AUC, the suggested scorecard (an ordinary scorecard document: its {@code groups} go into
 * {@code PUT /api/v1/scorecards/{id}} to apply it) and the backtests of the current and the suggested scorecard on the
 * newer outcomes, side by side.
 *
 * @param outcomesTotal counted when the analysis starts; null while it waits
 * @param result null until COMPLETED, and in lists
 */
public record ChurnAnalysisResponse(
        UUID id,
        ChurnAnalysisJob.Status status,
        AnalysisParameters parameters,
        Integer outcomesTotal,
        int outcomesDone,
        String createdBy,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        String failure,
        ChurnAnalysis.Result result,
        String self) {

    static ChurnAnalysisResponse of(ChurnAnalysisJob job, AnalysisParameters parameters, ChurnAnalysis.Result result) {
        return new ChurnAnalysisResponse(
                job.id,
                job.status,
                parameters,
                job.outcomesTotal,
                job.outcomesDone,
                job.createdBy,
                job.createdAt,
                job.startedAt,
                job.finishedAt,
                job.failure,
                result,
                ChurnAnalysisResource.PATH + "/" + job.id);
    }
}
