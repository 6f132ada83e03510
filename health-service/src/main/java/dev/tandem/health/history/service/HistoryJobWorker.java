package dev.tandem.health.history.service;

import dev.tandem.health.domain.subject.AccountDay;
import dev.tandem.health.history.domain.HistoryJob;
import dev.tandem.health.history.domain.HistoryJob.Status;
import dev.tandem.health.history.repository.HistoryJobRepository;
import dev.tandem.health.rescore.repository.ScoredAccounts;
import dev.tandem.health.scoring.config.ScoringConfig;
import dev.tandem.platform.jobs.Drain;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Works history backfills: the daily score history of every account over a job's days, a chunk of accounts per
 * transaction, in account id order. A chunk's history and the job's progress commit together, so a job taken over after
 * a crash resumes after the last account it counted; writing a day twice changes nothing.
 */
@ApplicationScoped
public class HistoryJobWorker {

    private static final Logger LOG = Logger.getLogger(HistoryJobWorker.class);

    private final HistoryJobRepository jobs;
    private final ScoredAccounts accounts;
    private final HistoryRebuild rebuild;
    private final ScoringConfig config;
    private final Clock clock;

    public HistoryJobWorker(
            HistoryJobRepository jobs,
            ScoredAccounts accounts,
            HistoryRebuild rebuild,
            ScoringConfig config,
            Clock clock) {
        this.jobs = jobs;
        this.accounts = accounts;
        this.rebuild = rebuild;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(
            identity = "score-history-backfill",
            every = "${tandem.scores.rescore-poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> work() {
        return Drain.untilDone(this::runNext, ran -> ran).replaceWithVoid();
    }

    /** Claims the next backfill, if any, and works it to its end; whether there was one. */
    private Uni<Boolean> runNext() {
        UUID token = UUID.randomUUID();
        return Panache.withTransaction(() -> jobs.claimNext(token, clock.instant(), config.rescoreTakeOverAfter())
                        .call(job -> job == null || job.accountsTotal != null
                                ? Uni.createFrom().nullItem()
                                : accounts.count().invoke(total -> job.accountsTotal = total.intValue())))
                .chain(job -> job == null
                        ? Uni.createFrom().item(false)
                        : run(job, token).replaceWith(true));
    }

    private Uni<Void> run(HistoryJob job, UUID token) {
        String[] after = {job.afterAccount};
        return Drain.untilDone(
                        () -> Panache.withTransaction(() -> accounts.after(after[0], config.historyBatchSize())
                                .chain(chunk -> {
                                    if (chunk.isEmpty()) {
                                        return Uni.createFrom().item(Progress.FINISHED);
                                    }
                                    String last = chunk.get(chunk.size() - 1);
                                    return rebuild.rebuild(
                                                    chunk.stream()
                                                            .map(account -> new AccountDay(account, job.fromDay))
                                                            .toList(),
                                                    job.toDay)
                                            .chain(() ->
                                                    jobs.advance(job.id, token, chunk.size(), last, clock.instant()))
                                            .map(held -> {
                                                after[0] = last;
                                                return held ? Progress.MORE : Progress.TAKEN_OVER;
                                            });
                                })),
                        progress -> progress == Progress.MORE)
                .chain(progress -> progress == Progress.FINISHED
                        ? Panache.withTransaction(() -> jobs.finish(job.id, token, Status.COMPLETED, clock.instant()))
                        : Uni.createFrom().voidItem())
                .onFailure()
                .recoverWithUni(failure -> {
                    LOG.errorf(failure, "History backfill %s stopped after account %s", job.id, after[0]);
                    return Panache.withTransaction(() -> jobs.finish(job.id, token, Status.FAILED, clock.instant()));
                });
    }

    private enum Progress {
        MORE,
        FINISHED,
        TAKEN_OVER
    }
}
