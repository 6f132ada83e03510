package dev.tandem.health.history.repository;

import dev.tandem.health.history.domain.HistoryJob;
import dev.tandem.health.history.domain.HistoryJob.Status;
import dev.tandem.platform.jobs.JobTable;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class HistoryJobRepository implements PanacheRepositoryBase<HistoryJob, UUID> {

    private final JobTable table = new JobTable("history_job");

    public Uni<HistoryJob> enqueue(LocalDate from, LocalDate to, Instant now) {
        HistoryJob job = new HistoryJob();
        job.id = UUID.randomUUID();
        job.status = Status.QUEUED;
        job.fromDay = from;
        job.toDay = to;
        job.createdAt = now;
        return persist(job);
    }

    public Uni<List<HistoryJob>> latest(int limit) {
        return findAll(Sort.by("createdAt", Sort.Direction.Descending))
                .range(0, limit - 1)
                .list();
    }

    /** Claims the next waiting job, or one whose worker went silent; call inside a transaction. */
    public Uni<HistoryJob> claimNext(UUID token, Instant now, Duration silentFor) {
        return table.nextClaimable(now.minus(silentFor))
                .chain(id -> id == null ? Uni.createFrom().nullItem() : findById(id))
                .invoke(job -> {
                    if (job != null) {
                        job.status = Status.RUNNING;
                        job.claimToken = token;
                        job.heartbeatAt = now;
                        job.startedAt = job.startedAt == null ? now : job.startedAt;
                    }
                });
    }

    /**
     * Records {@code done} more accounts, the last being {@code lastAccount}, for the worker run {@code token}; call in
     * the transaction that wrote their history.
     *
     * @return false when another worker run has taken the job over
     */
    public Uni<Boolean> advance(UUID jobId, UUID token, int done, String lastAccount, Instant now) {
        return table.progress(
                jobId,
                token,
                "accounts_done = accounts_done + :done, after_account = :last",
                Map.of("done", done, "last", lastAccount),
                now);
    }

    public Uni<Void> finish(UUID jobId, UUID token, Status status, Instant now) {
        return table.finish(jobId, token, status.name(), "finished_at = :now", Map.of("now", now));
    }
}
