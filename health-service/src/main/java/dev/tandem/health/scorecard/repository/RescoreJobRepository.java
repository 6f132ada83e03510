package dev.tandem.health.scorecard.repository;

import dev.tandem.health.scorecard.domain.RescoreJob;
import dev.tandem.health.scorecard.domain.RescoreJob.Status;
import dev.tandem.platform.jobs.JobTable;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class RescoreJobRepository implements PanacheRepositoryBase<RescoreJob, UUID> {

    private final JobTable table = new JobTable("rescore_job");

    /**
     * A job to rescore everything, for {@code reason}. A job still waiting covers the new change too, since it will
     * read the scorecards when it starts: then that one is returned.
     */
    public Uni<RescoreJob> enqueue(String reason, Instant now) {
        return find("status", Status.QUEUED).firstResult().chain(waiting -> {
            if (waiting != null) {
                waiting.reason = waiting.reason + "; " + reason;
                return Uni.createFrom().item(waiting);
            }
            RescoreJob job = new RescoreJob();
            job.id = UUID.randomUUID();
            job.reason = reason;
            job.status = Status.QUEUED;
            job.createdAt = now;
            return persist(job);
        });
    }

    public Uni<List<RescoreJob>> latest(int limit) {
        return findAll(Sort.by("createdAt", Sort.Direction.Descending))
                .range(0, limit - 1)
                .list();
    }

    /** Claims the next waiting job, or one whose worker went silent; call inside a transaction. */
    public Uni<RescoreJob> claimNext(UUID token, Instant now, Duration silentFor) {
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
     * Records {@code done} more accounts, the last being {@code lastAccount}, for the worker run {@code token}; call
     * in the transaction that rescored them.
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
