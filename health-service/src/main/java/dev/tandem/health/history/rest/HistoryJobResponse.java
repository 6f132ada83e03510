package dev.tandem.health.history.rest;

import dev.tandem.health.history.domain.HistoryJob;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A backfill of the daily score history and how far it has come.
 *
 * @param accountsTotal counted when the job starts; null while it waits
 */
public record HistoryJobResponse(
        UUID id,
        HistoryJob.Status status,
        LocalDate from,
        LocalDate to,
        Integer accountsTotal,
        int accountsDone,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        String self) {

    static HistoryJobResponse of(HistoryJob job) {
        return new HistoryJobResponse(
                job.id,
                job.status,
                job.fromDay,
                job.toDay,
                job.accountsTotal,
                job.accountsDone,
                job.createdAt,
                job.startedAt,
                job.finishedAt,
                HistoryJobResource.PATH + "/" + job.id);
    }
}
