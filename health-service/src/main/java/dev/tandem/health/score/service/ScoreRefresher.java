package dev.tandem.health.score.service;

import dev.tandem.events.health.DimensionScore;
import dev.tandem.events.health.HealthBand;
import dev.tandem.events.health.ScoreChanged;
import dev.tandem.health.domain.scoring.HealthScore;
import dev.tandem.health.score.config.ScoreConfig;
import dev.tandem.health.score.repository.MeasureDefinition;
import dev.tandem.health.score.repository.MeasureRepository;
import dev.tandem.health.score.repository.ScoreStore;
import dev.tandem.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Rescores the accounts whose aggregates changed, shortly after: signals mark an account, this job scores each marked
 * account once however many signals came, stores the score, and announces it on {@code health.events} only when the
 * score or band actually changed. Replicas share the work through {@code FOR UPDATE SKIP LOCKED}.
 */
@ApplicationScoped
public class ScoreRefresher {

    /** The scheduler identity, e.g. to pause it. */
    public static final String JOB = "score-refresh";

    private final HealthScoreService scores;
    private final MeasureRepository measures;
    private final ScoreStore store;
    private final Outbox outbox;
    private final ScoreConfig config;
    private final Clock clock;

    public ScoreRefresher(
            HealthScoreService scores,
            MeasureRepository measures,
            ScoreStore store,
            Outbox outbox,
            ScoreConfig config,
            Clock clock) {
        this.scores = scores;
        this.measures = measures;
        this.store = store;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(
            identity = JOB,
            every = "${tandem.scores.refresh-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return refreshDue().replaceWithVoid();
    }

    /** @return how many accounts were rescored */
    public Uni<Integer> refreshDue() {
        return Panache.withTransaction(() -> store.claimDirty(config.batchSize())
                .chain(accounts -> accounts.isEmpty() ? Uni.createFrom().item(0) : refreshAll(accounts)));
    }

    /** Reads the scorecard once for the whole batch, not once per account. */
    private Uni<Integer> refreshAll(List<String> accounts) {
        return measures.defaultScorecardId()
                .chain(scorecardId -> measures.defaultScorecard().chain(definitions -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (String account : accounts) {
                        chain = chain.chain(() -> refresh(account, scorecardId, definitions));
                    }
                    return chain.replaceWith(accounts.size());
                }));
    }

    private Uni<Void> refresh(String account, UUID scorecardId, List<MeasureDefinition> definitions) {
        Instant now = clock.instant();
        return scores.score(account, definitions)
                .chain(score -> store.current(account).chain(previous -> {
                    String band = score.band() == null ? null : score.band().name();
                    boolean changed = previous == null
                            || !Objects.equals(previous.score(), score.score())
                            || !Objects.equals(previous.band(), band);
                    if (!changed) {
                        return Uni.createFrom().voidItem();
                    }
                    return store.save(account, score.score(), band, score.explanation(), now)
                            .chain(() -> announce(account, scorecardId, previous, score, now));
                }))
                .chain(() -> store.clearDirty(account));
    }

    /** Announced once account-service has announced the account: events carry the Tandem id. */
    private Uni<Void> announce(
            String account, UUID scorecardId, ScoreStore.Stored previous, HealthScore score, Instant now) {
        return store.tandemId(account).chain(accountId -> {
            if (accountId == null) {
                return Uni.createFrom().voidItem();
            }
            List<DimensionScore> dimensions = score.groups().stream()
                    .map(group -> new DimensionScore(group.name(), group.score(), group.effectiveWeight()))
                    .toList();
            return outbox.append(new ScoreChanged(
                            accountId,
                            scorecardId,
                            previous == null ? null : previous.score(),
                            score.score(),
                            previous == null || previous.band() == null ? null : HealthBand.valueOf(previous.band()),
                            score.band() == null
                                    ? null
                                    : HealthBand.valueOf(score.band().name()),
                            dimensions,
                            now))
                    .replaceWithVoid();
        });
    }
}
