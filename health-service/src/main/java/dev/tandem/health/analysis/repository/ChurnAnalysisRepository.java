package dev.tandem.health.analysis.repository;

import dev.tandem.health.analysis.domain.ChurnAnalysisJob;
import dev.tandem.health.analysis.domain.ChurnAnalysisJob.Status;
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

/** Churn analyses: queued by a cs-admin, claimed and worked by one replica, kept with their results. */
@ApplicationScoped
@WithSession
public class ChurnAnalysisRepository implements PanacheRepositoryBase<ChurnAnalysisJob, UUID> {

    private final JobTable table = new JobTable("churn_analysis");

    public Uni<ChurnAnalysisJob> enqueue(String parameters, String createdBy, Instant now) {
        ChurnAnalysisJob job = new ChurnAnalysisJob();
        job.id = UUID.randomUUID();
        job.status = Status.QUEUED;
        job.parameters = parameters;
        job.createdBy = createdBy;
        job.createdAt = now;
        return persist(job);
    }

    public Uni<List<ChurnAnalysisJob>> latest(int limit) {
        return findAll(Sort.by("createdAt", Sort.Direction.Descending))
                .range(0, limit - 1)
                .list();
    }

    /** Claims the next waiting analysis, or one whose worker went silent; call inside a transaction. */
    public Uni<ChurnAnalysisJob> claimNext(UUID token, Instant now, Duration silentFor) {
        return table.nextClaimable(now.minus(silentFor))
                .chain(id -> id == null ? Uni.createFrom().nullItem() : findById(id))
                .invoke(job -> {
                    if (job != null) {
                        job.status = Status.RUNNING;
                        job.claimToken = token;
                        job.heartbeatAt = now;
                        job.outcomesDone = 0;
                        job.startedAt = job.startedAt == null ? now : job.startedAt;
                    }
                });
    }

    /** @return false when another worker run has taken the analysis over */
    public Uni<Boolean> progress(UUID id, UUID token, int total, int done, Instant now) {
        return table.progress(
                id, token, "outcomes_total = :total, outcomes_done = :done", Map.of("total", total, "done", done), now);
    }

    public Uni<Void> complete(UUID id, UUID token, String result, Instant now) {
        return table.finish(
                id,
                token,
                Status.COMPLETED.name(),
                "result = :result, finished_at = :now",
                Map.of("result", result, "now", now));
    }

    public Uni<Void> fail(UUID id, UUID token, String failure, Instant now) {
        return table.finish(
                id,
                token,
                Status.FAILED.name(),
                "failure = :failure, finished_at = :now",
                Map.of("failure", failure, "now", now));
    }
}
