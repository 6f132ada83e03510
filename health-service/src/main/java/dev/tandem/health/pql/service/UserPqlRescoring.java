package dev.tandem.health.pql.service;

import dev.tandem.events.health.UserPqlChanged;
import dev.tandem.health.pql.domain.EndUser;
import dev.tandem.health.pql.repository.UserPqlStore;
import dev.tandem.health.pql.repository.UserPqlStore.NewUserPql;
import dev.tandem.health.pql.repository.UserPqlStore.Stored;
import dev.tandem.health.score.repository.ScoreStore;
import dev.tandem.health.score.service.AccountScorer.Scored;
import dev.tandem.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps end users' PQL scores current: a moved score is stored and announced as {@code UserPqlChanged}, whose
 * {@code qualified} flag tells when a user crossed their scorecard's threshold. A user no PQL scorecard judges any more
 * (their account started paying) is forgotten.
 */
@ApplicationScoped
public class UserPqlRescoring {

    private final UserScorer scorer;
    private final UserPqlStore store;
    private final ScoreStore accounts;
    private final Outbox outbox;
    private final Clock clock;

    public UserPqlRescoring(UserScorer scorer, UserPqlStore store, ScoreStore accounts, Outbox outbox, Clock clock) {
        this.scorer = scorer;
        this.store = store;
        this.accounts = accounts;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Rescores the {@code candidates}' PQL inside the caller's transaction, holding them first, so that a concurrent
     * rescoring or erasure of one of them waits for this one's commit. Users erased before (nothing is known about
     * them any more) are skipped.
     *
     * @return how many scores changed
     */
    public Uni<Integer> rescore(List<EndUser> candidates) {
        Instant now = clock.instant();
        return store.holdForRescoring(candidates)
                .chain(() -> store.known(candidates))
                .map(known -> candidates.stream().filter(known::contains).toList())
                .chain(users -> users.isEmpty()
                        ? Uni.createFrom().item(0)
                        : scorer.score(users).chain(scores -> store(users, scores, now)));
    }

    private Uni<Integer> store(List<EndUser> users, Map<EndUser, Scored> scores, Instant now) {
        Set<String> accountIds = new LinkedHashSet<>();
        users.forEach(u -> accountIds.add(u.account()));
        return store.currentOf(users)
                .chain(previous -> accounts.tandemIds(accountIds).chain(ids -> {
                    List<EndUser> unjudged = new ArrayList<>();
                    List<EndUser> moved = new ArrayList<>();
                    for (EndUser user : users) {
                        Scored scored = scores.get(user);
                        if (scored.scorecard() == null) {
                            if (previous.containsKey(user)) {
                                unjudged.add(user);
                            }
                        } else if (hasMoved(previous.get(user), scored)) {
                            moved.add(user);
                        }
                    }
                    List<NewUserPql> kept = moved.stream()
                            .map(user -> new NewUserPql(
                                    user,
                                    scores.get(user).score().score(),
                                    qualified(scores.get(user)),
                                    scores.get(user).scorecardId()))
                            .toList();
                    // As for accounts: announced under the Tandem account id once account-service has
                    // announced the account, and only with a score.
                    List<UserPqlChanged> events = moved.stream()
                            .filter(user -> ids.containsKey(user.account())
                                    && scores.get(user).score().score() != null)
                            .map(user -> new UserPqlChanged(
                                    ids.get(user.account()),
                                    user.user(),
                                    previous.containsKey(user)
                                            ? previous.get(user).score()
                                            : null,
                                    scores.get(user).score().score(),
                                    qualified(scores.get(user)),
                                    now))
                            .toList();
                    return store.forget(unjudged)
                            .chain(() -> store.saveAll(kept, now))
                            .chain(() -> outbox.appendAll(events))
                            .replaceWith(moved.size() + unjudged.size());
                }));
    }

    static boolean qualified(Scored scored) {
        Integer score = scored.score().score();
        return score != null && score >= scored.scorecard().qualifyAt();
    }

    private static boolean hasMoved(Stored previous, Scored scored) {
        return previous == null
                || !Objects.equals(previous.score(), scored.score().score())
                || previous.qualified() != qualified(scored);
    }
}
