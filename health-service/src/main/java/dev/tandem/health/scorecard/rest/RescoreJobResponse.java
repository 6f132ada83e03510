package dev.tandem.health.scorecard.rest;

import dev.tandem.health.scorecard.domain.RescoreJob;
import java.time.Instant;
import java.util.UUID;

/**
 * A rescoring of all accounts and how far it has come.
 *
 * @param accountsTotal counted when the job starts; null while it waits
 */
public record RescoreJobResponse(
        UUID id,
        String reason,
        RescoreJob.Status status,
        Integer accountsTotal,
        int accountsDone,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        String self) {

    /** Where rescore jobs are read. */
    public static final String PATH = "/api/v1/rescore-jobs";

    public static RescoreJobResponse of(RescoreJob job) {
        return new RescoreJobResponse(
                job.id,
                job.reason,
                job.status,
                job.accountsTotal,
                job.accountsDone,
                job.createdAt,
                job.startedAt,
                job.finishedAt,
                PATH + "/" + job.id);
    }
}
