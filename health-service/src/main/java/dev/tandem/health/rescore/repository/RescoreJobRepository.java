package dev.tandem.health.rescore.repository;

import dev.tandem.health.rescore.domain.RescoreJob;
import dev.tandem.health.rescore.domain.RescoreJob.Status;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class RescoreJobRepository implements PanacheRepositoryBase<RescoreJob, UUID> {

    private static final String NEXT_CLAIMABLE = """
            SELECT id FROM rescore_job
             WHERE status = 'QUEUED' OR (status = 'RUNNING' AND heartbeat_at < :stale)
             ORDER BY created_at
             LIMIT 1
               FOR UPDATE SKIP LOCKED
            """;

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
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(NEXT_CLAIMABLE, UUID.class)
                        .setParameter("stale", now.minus(silentFor))
                        .getSingleResultOrNull())
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
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                                UPDATE rescore_job
                                   SET accounts_done = accounts_done + :done, after_account = :last, heartbeat_at = :now
                                 WHERE id = :id AND claim_token = :token AND status = 'RUNNING'
                                """)
                        .setParameter("done", done)
                        .setParameter("last", lastAccount)
                        .setParameter("now", now)
                        .setParameter("id", jobId)
                        .setParameter("token", token)
                        .executeUpdate())
                .map(updated -> updated == 1);
    }

    public Uni<Void> finish(UUID jobId, UUID token, Status status, Instant now) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "UPDATE rescore_job SET status = :status, finished_at = :now"
                                        + " WHERE id = :id AND claim_token = :token")
                        .setParameter("status", status.name())
                        .setParameter("now", now)
                        .setParameter("id", jobId)
                        .setParameter("token", token)
                        .executeUpdate())
                .replaceWithVoid();
    }
}
