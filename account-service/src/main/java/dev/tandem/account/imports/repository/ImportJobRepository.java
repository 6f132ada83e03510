package dev.tandem.account.imports.repository;

import dev.tandem.account.imports.domain.ImportJob;
import dev.tandem.account.imports.domain.ImportStatus;
import dev.tandem.platform.jobs.JobTable;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ImportJobRepository implements PanacheRepositoryBase<ImportJob, UUID> {

    private final JobTable table = new JobTable("import_job");

    /**
     * Up to {@code limit} jobs, newest first, after the given creation time and id if any; only those {@code
     * requestedBy} uploaded unless it is null.
     */
    public Uni<List<ImportJob>> page(String requestedBy, Instant afterCreated, UUID afterId, int limit) {
        Parameters parameters = new Parameters();
        List<String> conditions = new ArrayList<>();
        if (requestedBy != null) {
            conditions.add("requestedBy = :by");
            parameters.and("by", requestedBy);
        }
        if (afterCreated != null) {
            conditions.add("(createdAt < :created or (createdAt = :created and id < :id))");
            parameters.and("created", afterCreated).and("id", afterId);
        }
        String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + " ";
        return find(where + "order by createdAt desc, id desc", parameters)
                .range(0, limit - 1)
                .list();
    }

    /** Stores the uploaded file beside its job; call in the transaction that persists the job. */
    public Uni<Void> storeContent(UUID jobId, String content) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("UPDATE import_job SET content = :content WHERE id = :id")
                        .setParameter("content", content)
                        .setParameter("id", jobId)
                        .executeUpdate())
                .replaceWithVoid();
    }

    public Uni<String> content(UUID jobId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT content FROM import_job WHERE id = :id", String.class)
                        .setParameter("id", jobId)
                        .getSingleResult());
    }

    /**
     * Claims the next job for the worker run {@code token}: a queued one, or one whose worker has been silent for
     * {@code silentFor}. Replicas claim different jobs; call inside a transaction.
     *
     * @return the claimed job, or null when there is none
     */
    public Uni<ImportJob> claimNext(UUID token, Instant now, Duration silentFor) {
        return table.nextClaimable(now.minus(silentFor))
                // The row stays locked by this transaction, so the entity can be read and changed after it.
                .chain(id -> id == null ? Uni.createFrom().nullItem() : findById(id))
                .invoke(job -> {
                    if (job != null) {
                        job.status = ImportStatus.RUNNING;
                        job.claimToken = token;
                        job.heartbeatAt = now;
                        job.startedAt = job.startedAt == null ? now : job.startedAt;
                    }
                });
    }

    /**
     * Counts {@code done} more rows, {@code failed} of them rejected, for the worker run {@code token}; call in the
     * transaction that applied them, so that progress and rows commit together.
     *
     * @return false when another worker run has taken the job over, and this one must stop
     */
    public Uni<Boolean> advance(UUID jobId, UUID token, int done, int failed, Instant now) {
        return table.progress(
                jobId,
                token,
                "rows_done = rows_done + :done, rows_failed = rows_failed + :failed",
                Map.of("done", done, "failed", failed),
                now);
    }

    /** Ends the job held by {@code token} with {@code status}, dropping the file it no longer needs. */
    public Uni<Void> finish(UUID jobId, UUID token, ImportStatus status, String failure, Instant now) {
        // An empty failure stands for none: a null parameter has no type the database could infer.
        return table.finish(
                jobId,
                token,
                status.name(),
                "failure = NULLIF(:failure, ''), finished_at = :now, content = NULL",
                Map.of("failure", failure == null ? "" : failure, "now", now));
    }
}
