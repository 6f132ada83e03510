package dev.tandem.health.rescore.service;

import dev.tandem.health.pql.repository.UserPqlChanges;
import dev.tandem.health.rescore.domain.RescoreJob;
import dev.tandem.health.rescore.domain.RescoreJob.Status;
import dev.tandem.health.rescore.repository.RescoreJobRepository;
import dev.tandem.health.score.config.ScoreConfig;
import dev.tandem.health.score.repository.ScoreStore;
import dev.tandem.health.score.service.Rescoring;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Rescores every account after a scorecard change, a chunk of accounts per transaction, in account id order. A chunk's
 * scores and the job's progress commit together, so a job taken over after a crash resumes after the last account it
 * counted; rescoring an account twice would change nothing anyway. The users of a chunk's accounts are recorded as
 * changed, for their PQL to be rescored by the users' refresh job, in the same transaction.
 */
@ApplicationScoped
public class RescoreWorker {

    private static final Logger LOG = Logger.getLogger(RescoreWorker.class);

    private final RescoreJobRepository jobs;
    private final ScoreStore store;
    private final Rescoring rescoring;
    private final UserPqlChanges users;
    private final ScoreConfig config;
    private final Clock clock;

    public RescoreWorker(
            RescoreJobRepository jobs,
            ScoreStore store,
            Rescoring rescoring,
            UserPqlChanges users,
            ScoreConfig config,
            Clock clock) {
        this.jobs = jobs;
        this.store = store;
        this.rescoring = rescoring;
        this.users = users;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(
            identity = "rescore-all",
            every = "${tandem.scores.rescore-poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> work() {
        return Multi.createBy()
                .repeating()
                .uni(this::runNext)
                .whilst(ran -> ran)
                .collect()
                .last()
                .replaceWithVoid();
    }

    /**
     * Claims the next rescoring, if any, and works it to its end.
     *
     * @return whether there was one
     */
    public Uni<Boolean> runNext() {
        UUID token = UUID.randomUUID();
        return Panache.withTransaction(() -> jobs.claimNext(token, clock.instant(), config.rescoreTakeOverAfter())
                        .call(job -> job == null || job.accountsTotal != null
                                ? Uni.createFrom().nullItem()
                                : store.countAccounts().invoke(total -> job.accountsTotal = total.intValue())))
                .chain(job -> job == null
                        ? Uni.createFrom().item(false)
                        : run(job, token).replaceWith(true));
    }

    private Uni<Void> run(RescoreJob job, UUID token) {
        String[] after = {job.afterAccount};
        return Multi.createBy()
                .repeating()
                .uni(() -> Panache.withTransaction(() -> store.accountsAfter(after[0], config.rescoreChunkSize())
                        .chain(accounts -> {
                            if (accounts.isEmpty()) {
                                return Uni.createFrom().item(Progress.FINISHED);
                            }
                            String last = accounts.get(accounts.size() - 1);
                            return users.recordUsersOf(accounts, clock.instant())
                                    .chain(() -> rescoring.rescore(accounts))
                                    .chain(() -> jobs.advance(job.id, token, accounts.size(), last, clock.instant()))
                                    .map(held -> {
                                        after[0] = last;
                                        return held ? Progress.MORE : Progress.TAKEN_OVER;
                                    });
                        })))
                .whilst(progress -> progress == Progress.MORE)
                .collect()
                .last()
                .chain(progress -> progress == Progress.FINISHED
                        ? Panache.withTransaction(() -> jobs.finish(job.id, token, Status.COMPLETED, clock.instant()))
                        : Uni.createFrom().voidItem())
                .onFailure()
                .recoverWithUni(failure -> {
                    LOG.errorf(failure, "Rescoring %s stopped after account %s", job.id, after[0]);
                    return Panache.withTransaction(() -> jobs.finish(job.id, token, Status.FAILED, clock.instant()));
                });
    }

    private enum Progress {
        MORE,
        FINISHED,
        TAKEN_OVER
    }
}
