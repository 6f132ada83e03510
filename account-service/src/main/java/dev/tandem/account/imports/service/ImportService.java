package dev.tandem.account.imports.service;

import dev.tandem.account.audit.domain.Actor;
import dev.tandem.account.audit.service.AuditLog;
import dev.tandem.account.imports.domain.ImportFile;
import dev.tandem.account.imports.domain.ImportJob;
import dev.tandem.account.imports.domain.ImportKind;
import dev.tandem.account.imports.domain.ImportRowError;
import dev.tandem.account.imports.domain.ImportStatus;
import dev.tandem.account.imports.repository.ImportJobRepository;
import dev.tandem.account.imports.repository.ImportRowErrorRepository;
import dev.tandem.platform.paging.Cursor;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotFoundException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Accepts CSV files as import jobs and reports on them; {@link ImportWorker} does the importing. */
@ApplicationScoped
public class ImportService {

    private final ImportJobRepository jobs;
    private final ImportRowErrorRepository errors;
    private final AuditLog audit;
    private final Vertx vertx;
    private final Clock clock;

    public ImportService(
            ImportJobRepository jobs, ImportRowErrorRepository errors, AuditLog audit, Vertx vertx, Clock clock) {
        this.jobs = jobs;
        this.errors = errors;
        this.audit = audit;
        this.vertx = vertx;
        this.clock = clock;
    }

    /**
     * Checks the file's shape and queues it; the rows are applied in the background. Reading a file of many megabytes
     * is work for a worker thread, not for the event loop that serves every other request.
     */
    public Uni<ImportJob> submit(ImportKind kind, String csv) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> ImportFile.countRows(kind, csv)))
                .chain(rows -> Panache.withTransaction(() -> queue(kind, csv, rows)));
    }

    private Uni<ImportJob> queue(ImportKind kind, String csv, int rows) {
        return audit.currentActor().chain(actor -> {
            ImportJob job = new ImportJob();
            job.id = UUID.randomUUID();
            job.kind = kind;
            job.status = ImportStatus.QUEUED;
            job.rowsTotal = rows;
            job.requestedBy = actor.subject();
            job.requestedClient = actor.client();
            job.createdAt = clock.instant();
            return jobs.persist(job).call(jobs::flush).call(saved -> jobs.storeContent(saved.id, csv));
        });
    }

    /**
     * The job, if {@code caller} may see it: its uploader may, and so may anyone when {@code anyJob} (a cs-admin).
     * Someone else's job is reported as not found, so that job ids reveal nothing.
     */
    public Uni<ImportJob> get(UUID id, Actor caller, boolean anyJob) {
        return jobs.findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("Import", id))
                .invoke(job -> {
                    if (!anyJob && !job.requestedBy.equals(caller.subject())) {
                        throw new NotFoundException("Import", id);
                    }
                });
    }

    /** One page of the jobs {@code caller} uploaded, or of everyone's when {@code anyJob}; newest first. */
    public Uni<Page<ImportJob>> list(Actor caller, boolean anyJob, int first, String after) {
        Instant afterCreated = null;
        UUID afterId = null;
        if (after != null) {
            List<String> position = Cursor.decode(after, 2);
            afterCreated = createdAt(position.get(0));
            afterId = Cursor.uuidPart(position.get(1));
        }
        return jobs.page(anyJob ? null : caller.subject(), afterCreated, afterId, first + 1)
                .map(found -> Page.of(
                        found,
                        first,
                        // The full timestamp, not milliseconds: two jobs a microsecond apart must not swap pages.
                        job -> Cursor.encode(List.of(job.createdAt.toString(), job.id.toString()))));
    }

    private static Instant createdAt(String cursorPart) {
        try {
            return Instant.parse(cursorPart);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("after", "is not a cursor returned by this API");
        }
    }

    /** One page of the job's row errors, in row order. */
    public Uni<Page<ImportRowError>> errors(UUID id, Actor caller, boolean anyJob, int first, String after) {
        Integer afterRow = null;
        UUID afterId = null;
        if (after != null) {
            List<String> position = Cursor.decode(after, 2);
            afterRow = (int) Cursor.longPart(position.get(0));
            afterId = Cursor.uuidPart(position.get(1));
        }
        Integer row = afterRow;
        UUID errorId = afterId;
        return get(id, caller, anyJob)
                .chain(job -> errors.page(job.id, row, errorId, first + 1))
                .map(found -> Page.of(
                        found, first, e -> Cursor.encode(List.of(Integer.toString(e.rowNumber), e.id.toString()))));
    }
}
