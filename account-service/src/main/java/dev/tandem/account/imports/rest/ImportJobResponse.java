package dev.tandem.account.imports.rest;

import dev.tandem.account.imports.domain.ImportJob;
import dev.tandem.account.imports.domain.ImportStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * An import job as the API shows it.
 *
 * @param kind accounts, users or contracts
 * @param rowsDone rows worked through so far, applied or rejected
 * @param rowsImported rows applied
 * @param rowsFailed rows rejected; their reasons are under {@code errors}
 * @param failure why a FAILED job stopped
 * @param errors where the rejected rows' reasons are listed
 */
public record ImportJobResponse(
        UUID id,
        String kind,
        ImportStatus status,
        int rowsTotal,
        int rowsDone,
        int rowsImported,
        int rowsFailed,
        String requestedBy,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        String failure,
        String errors) {

    static ImportJobResponse of(ImportJob job) {
        return new ImportJobResponse(
                job.id,
                job.kind.pathSegment(),
                job.status,
                job.rowsTotal,
                job.rowsDone,
                job.rowsDone - job.rowsFailed,
                job.rowsFailed,
                job.requestedBy,
                job.createdAt,
                job.startedAt,
                job.finishedAt,
                job.failure,
                ImportResource.PATH + "/" + job.id + "/errors");
    }
}
