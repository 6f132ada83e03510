package dev.tandem.health.score.service;

import dev.tandem.events.health.DimensionScore;
import dev.tandem.events.health.HealthBand;
import dev.tandem.events.health.ScoreChanged;
import dev.tandem.health.domain.scoring.HealthScore;
import dev.tandem.health.pql.service.PqlRescoring;
import dev.tandem.health.score.repository.ScoreStore;
import dev.tandem.health.score.repository.ScoreStore.NewScore;
import dev.tandem.health.score.repository.ScoreStore.Stored;
import dev.tandem.health.score.service.AccountScorer.Scored;
import dev.tandem.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Rescores a set of accounts, their health and, for free and trial accounts, their PQL, and keeps what changed: the
 * new score is stored and put in the history, and announced on {@code health.events}, only when the score or band
 * actually moved. Both the debounced refresh after signals and the rescoring of everything after a scorecard change
 * come through here, one transaction at a time for any one account.
 */
@ApplicationScoped
public class Rescoring {

    private final AccountScorer scorer;
    private final PqlRescoring pql;
    private final ScoreStore store;
    private final Outbox outbox;
    private final Clock clock;

    public Rescoring(AccountScorer scorer, PqlRescoring pql, ScoreStore store, Outbox outbox, Clock clock) {
        this.scorer = scorer;
        this.pql = pql;
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Rescores {@code accounts} inside the caller's transaction, holding them until it ends.
     *
     * @return how many scores changed
     */
    public Uni<Integer> rescore(List<String> accounts) {
        Instant now = clock.instant();
        return store.holdForRescoring(accounts)
                .chain(() -> scorer.score(accounts))
                .chain(scores -> store.currentOf(accounts)
                        .chain(previous -> store.tandemIds(accounts).chain(ids -> {
                            List<String> changed = accounts.stream()
                                    .filter(account -> hasMoved(
                                            previous.get(account),
                                            scores.get(account).score()))
                                    .toList();
                            // A statement or two for the whole set, not a few per account: this is what lets a
                            // scorecard change rescore every account within a minute.
                            List<NewScore> kept = changed.stream()
                                    .map(account -> newScore(
                                            account, scores.get(account).score()))
                                    .toList();
                            // Announced once account-service has announced the account: events carry the Tandem id.
                            // An account no scorecard judges (a churned one) is stored as N/A but not announced: the
                            // event names the scorecard, and one bad event would fail the whole set every second.
                            List<ScoreChanged> events = changed.stream()
                                    .filter(ids::containsKey)
                                    .filter(account -> scores.get(account).scorecardId() != null)
                                    .map(account ->
                                            changeOf(ids.get(account), scores.get(account), previous.get(account), now))
                                    .toList();
                            return store.saveAll(kept, now)
                                    .chain(() -> outbox.appendAll(events))
                                    .chain(() -> pql.rescore(accounts, ids, now))
                                    .replaceWith(changed.size());
                        })));
    }

    private static boolean hasMoved(Stored previous, HealthScore score) {
        String band = score.band() == null ? null : score.band().name();
        if (previous == null) {
            // Never scored and nothing to score yet (an account announced before any signal): no change to keep or
            // announce, so a new account's first event carries its first real score.
            return score.score() != null;
        }
        return !Objects.equals(previous.score(), score.score()) || !Objects.equals(previous.band(), band);
    }

    private static NewScore newScore(String account, HealthScore score) {
        return new NewScore(
                account,
                score.score(),
                score.band() == null ? null : score.band().name(),
                score.explanation());
    }

    private static ScoreChanged changeOf(UUID accountId, Scored scored, Stored previous, Instant now) {
        HealthScore score = scored.score();
        List<DimensionScore> dimensions = score.groups().stream()
                .map(group -> new DimensionScore(group.name(), group.score(), group.effectiveWeight()))
                .toList();
        return new ScoreChanged(
                accountId,
                scored.scorecardId(),
                previous == null ? null : previous.score(),
                score.score(),
                previous == null || previous.band() == null ? null : HealthBand.valueOf(previous.band()),
                score.band() == null ? null : HealthBand.valueOf(score.band().name()),
                dimensions,
                now);
    }
}
