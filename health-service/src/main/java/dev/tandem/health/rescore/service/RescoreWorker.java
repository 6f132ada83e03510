package dev.tandem.health.rescore.service;

import static dev.tandem.health.scorecard.domain.ScorecardDefinition.LONGEST_WINDOW_DAYS;

import dev.tandem.health.change.UserChanges;
import dev.tandem.health.rescore.repository.ScoredAccounts;
import dev.tandem.health.score.service.AccountHealth;
import dev.tandem.health.scorecard.domain.RescoreJob;
import dev.tandem.health.scorecard.domain.RescoreJob.Status;
import dev.tandem.health.scorecard.repository.RescoreJobRepository;
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
 * Rescores every account after a scorecard change, a chunk of accounts per transaction, in account id order. A chunk's
 * scores and the job's progress commit together, so a job taken over after a crash resumes after the last account it
 * counted; rescoring an account twice would change nothing anyway. The users of a chunk's accounts are recorded as
 * changed, for their PQL to be rescored by the users' refresh job, in the same transaction.
 */
@ApplicationScoped
public class RescoreWorker {

    private static final Logger LOG = Logger.getLogger(RescoreWorker.class);

    private final RescoreJobRepository jobs;
    private final ScoredAccounts accounts;
    private final AccountHealth health;
    private final UserChanges users;
    private final ScoringConfig config;
    private final Clock clock;

    public RescoreWorker(
            RescoreJobRepository jobs,
            ScoredAccounts accounts,
            AccountHealth health,
            UserChanges users,
            ScoringConfig config,
            Clock clock) {
        this.jobs = jobs;
        this.accounts = accounts;
        this.health = health;
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
        return Drain.untilDone(this::runNext, ran -> ran).replaceWithVoid();
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
                                : accounts.count().invoke(total -> job.accountsTotal = total.intValue())))
                .chain(job -> job == null
                        ? Uni.createFrom().item(false)
                        : run(job, token).replaceWith(true));
    }

    private Uni<Void> run(RescoreJob job, UUID token) {
        String[] after = {job.afterAccount};
        return Drain.untilDone(
                        () -> Panache.withTransaction(() -> accounts.after(after[0], config.rescoreChunkSize())
                                .chain(chunk -> {
                                    if (chunk.isEmpty()) {
                                        return Uni.createFrom().item(Progress.FINISHED);
                                    }
                                    String last = chunk.get(chunk.size() - 1);
                                    return users.recordUsersOf(chunk, LONGEST_WINDOW_DAYS, clock.instant())
                                            .chain(() -> health.rescore(chunk))
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
