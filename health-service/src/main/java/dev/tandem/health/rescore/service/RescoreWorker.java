package dev.tandem.health.rescore.service;

import static dev.tandem.health.scorecard.domain.ScorecardDefinition.LONGEST_WINDOW_DAYS;

import dev.tandem.health.pql.service.ChangedUsers;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Rescores every account after a scorecard change, in account id order, a round of accounts at a time: a round's
 * accounts are read at once and rescored a few chunks at the same time, a chunk per transaction, and the job's
 * progress moves past the round once every chunk of it has committed. A job taken over after a crash resumes after the
 * last round it counted; the chunks of that round that had committed are rescored again, which stores and announces
 * nothing, since only a moved score is stored. The users of a chunk's accounts whose PQL the change may move are
 * recorded as changed, for the users' refresh job to rescore, in the chunk's transaction.
 */
@ApplicationScoped
public class RescoreWorker {

    private static final Logger LOG = Logger.getLogger(RescoreWorker.class);

    private final RescoreJobRepository jobs;
    private final ScoredAccounts accounts;
    private final AccountHealth health;
    private final ChangedUsers users;
    private final ScoringConfig config;
    private final Clock clock;

    public RescoreWorker(
            RescoreJobRepository jobs,
            ScoredAccounts accounts,
            AccountHealth health,
            ChangedUsers users,
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
        return Drain.untilDone(() -> nextRound(job, token, after), progress -> progress == Progress.MORE)
                .chain(progress -> progress == Progress.FINISHED
                        ? Panache.withTransaction(() -> jobs.finish(job.id, token, Status.COMPLETED, clock.instant()))
                        : Uni.createFrom().voidItem())
                .onFailure()
                .recoverWithUni(failure -> {
                    LOG.errorf(failure, "Rescoring %s stopped after account %s", job.id, after[0]);
                    return Panache.withTransaction(() -> jobs.finish(job.id, token, Status.FAILED, clock.instant()));
                });
    }

    /** Rescores the accounts after {@code after[0]}, up to a round's worth, and counts them in the job's progress. */
    private Uni<Progress> nextRound(RescoreJob job, UUID token, String[] after) {
        int chunkSize = config.rescoreChunkSize();
        return Panache.withTransaction(() -> accounts.after(after[0], chunkSize * config.rescoreChunksInFlight()))
                .chain(round -> {
                    if (round.isEmpty()) {
                        return Uni.createFrom().item(Progress.FINISHED);
                    }
                    String last = round.get(round.size() - 1);
                    List<Supplier<Uni<Void>>> chunks = new ArrayList<>();
                    for (int from = 0; from < round.size(); from += chunkSize) {
                        List<String> chunk = round.subList(from, Math.min(round.size(), from + chunkSize));
                        chunks.add(() -> rescore(List.copyOf(chunk)));
                    }
                    return ConcurrentTransactions.all(chunks)
                            .chain(() -> Panache.withTransaction(
                                    () -> jobs.advance(job.id, token, round.size(), last, clock.instant())))
                            .map(held -> {
                                after[0] = last;
                                return held ? Progress.MORE : Progress.TAKEN_OVER;
                            });
                });
    }

    private Uni<Void> rescore(List<String> chunk) {
        return users.recordAfterScorecardChange(chunk, LONGEST_WINDOW_DAYS, clock.instant())
                .chain(() -> health.rescore(chunk))
                .replaceWithVoid();
    }

    private enum Progress {
        MORE,
        FINISHED,
        TAKEN_OVER
    }
}
