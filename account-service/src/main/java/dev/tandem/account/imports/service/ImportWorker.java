package dev.tandem.account.imports.service;

import dev.tandem.account.audit.domain.Actor;
import dev.tandem.account.imports.domain.CsvRecords;
import dev.tandem.account.imports.domain.ImportJob;
import dev.tandem.account.imports.domain.ImportKind;
import dev.tandem.account.imports.domain.ImportRowError;
import dev.tandem.account.imports.domain.ImportStatus;
import dev.tandem.account.imports.repository.ImportJobRepository;
import dev.tandem.account.imports.repository.ImportRowErrorRepository;
import dev.tandem.platform.jobs.Drain;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.profile.Stage;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Works through queued import jobs, one at a time per replica, a chunk of rows per transaction. A chunk's rows, its
 * row errors and the job's progress commit together, so a job taken over after a crash resumes at the first row not
 * yet counted. Should a chunk fail as a whole, its rows are tried one by one, so that one bad row costs only itself.
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    private final ImportJobRepository jobs;
    private final ImportRowErrorRepository errors;
    private final Map<ImportKind, RowImporter<?>> importers = new EnumMap<>(ImportKind.class);
    private final BulkChunks bulkChunks;
    private final ImportConfig config;
    private final Vertx vertx;
    private final Clock clock;

    public ImportWorker(
            ImportJobRepository jobs,
            ImportRowErrorRepository errors,
            Instance<RowImporter<?>> importers,
            BulkChunks bulkChunks,
            ImportConfig config,
            Vertx vertx,
            Clock clock) {
        this.jobs = jobs;
        this.errors = errors;
        importers.forEach(importer -> this.importers.put(importer.kind(), importer));
        this.bulkChunks = bulkChunks;
        this.config = config;
        this.vertx = vertx;
        this.clock = clock;
    }

    @Scheduled(
            identity = "import-worker",
            every = "${tandem.imports.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> work() {
        return Drain.untilDone(this::runNext, ran -> ran).replaceWithVoid();
    }

    /**
     * Claims the next job, if any, and works it to its end.
     *
     * @return whether there was a job
     */
    private Uni<Boolean> runNext() {
        UUID token = UUID.randomUUID();
        return Panache.withTransaction(() -> jobs.claimNext(token, clock.instant(), config.takeOverAfter()))
                .chain(job -> job == null
                        ? Uni.createFrom().item(false)
                        : Panache.withSession(() -> jobs.content(job.id))
                                .chain(content -> run(new JobRun(job, token, content, importers.get(job.kind))))
                                .replaceWith(true));
    }

    private Uni<Void> run(JobRun run) {
        return Drain.untilDone(
                        // Parsing the file is CPU work: off the event loop, as the chunk's checks and writes are.
                        () -> vertx.executeBlocking(Uni.createFrom().item(() -> run.nextChunk(config.chunkSize())))
                                .chain(rows -> processChunk(run, rows, true)),
                        stillHeld -> stillHeld && run.hasMoreRows())
                .chain(stillHeld -> Boolean.TRUE.equals(stillHeld) ? end(run, ImportStatus.COMPLETED, null) : lost(run))
                .onFailure()
                .recoverWithUni(failure -> {
                    LOG.errorf(failure, "Import %s stopped at row %d", run.jobId, run.nextRowNumber);
                    return end(
                            run,
                            ImportStatus.FAILED,
                            "stopped at row %d: %s"
                                    .formatted(
                                            run.nextRowNumber,
                                            failure.getClass().getSimpleName()));
                });
    }

    /**
     * Applies one chunk in one transaction, or, should that fail, each of its rows in a transaction of its own.
     *
     * @return false when another worker has taken the job over
     */
    private Uni<Boolean> processChunk(JobRun run, List<CsvRow> rows, boolean mayRetryRowByRow) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(true);
        }
        Uni<Boolean> applied = apply(run, run.importer, rows);
        if (!mayRetryRowByRow) {
            return applied;
        }
        return applied.onFailure().recoverWithUni(failure -> {
            LOG.warnf(
                    "Import %s: a chunk of %d rows failed as a whole (%s); trying its rows one by one",
                    run.jobId, rows.size(), failure.toString());
            return Multi.createFrom()
                    .iterable(rows)
                    .onItem()
                    .transformToUniAndConcatenate(row -> processChunk(run, List.of(row), false)
                            .onFailure()
                            .recoverWithUni(rowFailure -> unstorable(run, row, rowFailure)))
                    .collect()
                    .asList()
                    .map(held -> !held.contains(false));
        });
    }

    private <T> Uni<Boolean> apply(JobRun run, RowImporter<T> importer, List<CsvRow> rows) {
        // Reading and checking the rows is CPU work, and JDBC blocks: both go to a worker thread.
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            Stage chunkStage = Stage.begin("chunk");
            Stage stage = Stage.begin("read and check rows");
            ReadChunk<T> chunk = ReadChunk.read(importer, rows);
            stage.done();
            boolean held =
                    bulkChunks.apply(run.jobId, run.token, run.actor, importer, chunk, rejected -> kept(run, rejected));
            chunkStage.done();
            if (held) {
                run.rowsFailed += chunk.rejected.size();
            }
            return held;
        }));
    }

    /** The errors of the first rejected rows of a job, which are kept; the rest are only counted. */
    private List<ImportRowError> kept(JobRun run, Map<Integer, List<FieldError>> rejected) {
        List<ImportRowError> kept = new ArrayList<>();
        int keepable = config.keptErrorRows() - run.rowsFailed;
        for (Map.Entry<Integer, List<FieldError>> row : rejected.entrySet()) {
            if (keepable-- <= 0) {
                break;
            }
            row.getValue().forEach(e -> kept.add(ImportRowError.of(run.jobId, row.getKey(), column(e), e.reason())));
        }
        return kept;
    }

    /** A row the database refused even alone: it is counted as rejected, so the job can go on past it. */
    private Uni<Boolean> unstorable(JobRun run, CsvRow row, Throwable failure) {
        LOG.errorf(failure, "Import %s: row %d could not be stored", run.jobId, row.number());
        Map<Integer, List<FieldError>> rejected = new HashMap<>();
        rejected.put(
                row.number(),
                List.of(new FieldError(
                        "row",
                        "could not be stored (" + failure.getClass().getSimpleName()
                                + "); the service log has the details under import " + run.jobId)));
        List<ImportRowError> kept = kept(run, rejected);
        return Panache.withTransaction(() -> (kept.isEmpty() ? Uni.createFrom().voidItem() : errors.persist(kept))
                .chain(() -> jobs.advance(run.jobId, run.token, 1, 1, clock.instant()))
                .invoke(held -> {
                    if (held) {
                        run.rowsFailed++;
                    }
                }));
    }

    private Uni<Void> end(JobRun run, ImportStatus status, String failure) {
        return Panache.withTransaction(() -> jobs.finish(run.jobId, run.token, status, failure, clock.instant()));
    }

    private static Uni<Void> lost(JobRun run) {
        LOG.warnf("Import %s was taken over by another worker; this one stops", run.jobId);
        return Uni.createFrom().voidItem();
    }

    private static String column(FieldError error) {
        return "row".equals(error.field()) ? null : error.field();
    }

    /** A row of the file: its values by column, or why it has none. */
    record CsvRow(int number, Map<String, String> values, FieldError fieldCountError) {}

    /** One worker's pass over one job: where it is in the file and what it has counted. */
    private static final class JobRun {

        final UUID jobId;
        final UUID token;
        final Actor actor;
        final RowImporter<?> importer;
        private final CsvRecords records;
        private final List<String> header;
        int nextRowNumber;
        int rowsFailed;

        JobRun(ImportJob job, UUID token, String content, RowImporter<?> importer) {
            this.jobId = job.id;
            this.token = token;
            this.actor = new Actor(job.requestedBy, job.requestedClient);
            this.importer = importer;
            this.records = new CsvRecords(new StringReader(content));
            this.header = records.next();
            // Resume after the rows a previous worker counted: they are committed, with their errors.
            for (int skipped = 0; skipped < job.rowsDone; skipped++) {
                records.next();
            }
            // Spreadsheet numbering: the header is row 1.
            this.nextRowNumber = job.rowsDone + 2;
            this.rowsFailed = job.rowsFailed;
        }

        boolean hasMoreRows() {
            return records.hasNext();
        }

        List<CsvRow> nextChunk(int size) {
            Stage stage = Stage.begin("parse CSV");
            List<CsvRow> rows = new ArrayList<>(size);
            while (rows.size() < size && records.hasNext()) {
                rows.add(row(nextRowNumber++, records.next()));
            }
            stage.done();
            return rows;
        }

        private CsvRow row(int number, List<String> fields) {
            if (fields.size() != header.size()) {
                return new CsvRow(
                        number,
                        Map.of(),
                        new FieldError(
                                "row",
                                "has %d fields where the header has %d".formatted(fields.size(), header.size())));
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), fields.get(i).strip());
            }
            return new CsvRow(number, values, null);
        }
    }
}
