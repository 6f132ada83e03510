package dev.tandem.health.pql.service;

import dev.tandem.events.health.PqlChanged;
import dev.tandem.health.pql.repository.PqlStore;
import dev.tandem.health.pql.repository.PqlStore.NewPql;
import dev.tandem.health.pql.repository.PqlStore.Stored;
import dev.tandem.health.pql.repository.UserPqlChanges;
import dev.tandem.health.pql.repository.UserPqlStore;
import dev.tandem.health.score.service.AccountScorer;
import dev.tandem.health.score.service.AccountScorer.Scored;
import dev.tandem.health.scorecard.domain.ScorecardPurpose;
import dev.tandem.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Keeps free and trial accounts' PQL scores current alongside their health: a moved score is stored and announced as
 * {@code PqlChanged}, whose {@code qualified} flag tells when an account crossed its scorecard's threshold, the moment
 * to hand it to sales.
 */
@ApplicationScoped
public class PqlRescoring {

    private final AccountScorer scorer;
    private final PqlStore store;
    private final UserPqlStore users;
    private final UserPqlChanges userChanges;
    private final Outbox outbox;

    public PqlRescoring(
            AccountScorer scorer, PqlStore store, UserPqlStore users, UserPqlChanges userChanges, Outbox outbox) {
        this.scorer = scorer;
        this.store = store;
        this.users = users;
        this.userChanges = userChanges;
        this.outbox = outbox;
    }

    /** Rescores {@code accounts}' PQL inside the caller's transaction; {@code ids} are their Tandem ids where known. */
    public Uni<Void> rescore(List<String> accounts, Map<String, UUID> ids, Instant now) {
        return scorer.score(accounts, ScorecardPurpose.PQL)
                .chain(scores -> store.currentOf(accounts).chain(previous -> {
                    List<String> unjudged = new ArrayList<>();
                    List<String> newlyJudged = new ArrayList<>();
                    List<String> moved = new ArrayList<>();
                    for (String account : accounts) {
                        Scored scored = scores.get(account);
                        if (scored.scorecard() == null) {
                            if (previous.containsKey(account)) {
                                unjudged.add(account);
                            }
                        } else {
                            if (!previous.containsKey(account)) {
                                newlyJudged.add(account);
                            }
                            if (hasMoved(previous.get(account), scored)) {
                                moved.add(account);
                            }
                        }
                    }
                    List<NewPql> kept = moved.stream()
                            .map(account -> new NewPql(
                                    account,
                                    scores.get(account).score().score(),
                                    qualified(scores.get(account)),
                                    scores.get(account).scorecardId()))
                            .toList();
                    // Announced under the Tandem id, once account-service has announced the account, and only with a
                    // score: a PQL of no data says nothing to sales.
                    List<PqlChanged> events = moved.stream()
                            .filter(account -> ids.containsKey(account)
                                    && scores.get(account).score().score() != null)
                            .map(account -> new PqlChanged(
                                    ids.get(account),
                                    previous.containsKey(account)
                                            ? previous.get(account).score()
                                            : null,
                                    scores.get(account).score().score(),
                                    qualified(scores.get(account)),
                                    now))
                            .toList();
                    // An account no PQL scorecard judges any more takes its users' PQL scores with it: they are judged
                    // by their account's scorecard, and a paying account's users are no leads. Its users are recorded
                    // as changed too: a rescoring of one of them under way read the account as judged and may store a
                    // score after this delete; the rescoring of the change forgets it, and nothing else would, since
                    // signals of an account no PQL scorecard judges record no user changes.
                    // An account judged for the first time brings its users in: their signals recorded none of them
                    // while no PQL scorecard judged it.
                    List<String> usersChanged = new ArrayList<>(newlyJudged);
                    usersChanged.addAll(unjudged);
                    return store.forget(unjudged)
                            .chain(() -> users.forgetUsersOf(unjudged))
                            .chain(() -> userChanges.recordUsersOf(usersChanged, now))
                            .chain(() -> store.saveAll(kept, now))
                            .chain(() -> outbox.appendAll(events));
                }));
    }

    private static boolean qualified(Scored scored) {
        Integer score = scored.score().score();
        return score != null && score >= scored.scorecard().qualifyAt();
    }

    private static boolean hasMoved(Stored previous, Scored scored) {
        return previous == null
                || !Objects.equals(previous.score(), scored.score().score())
                || previous.qualified() != qualified(scored);
    }
}
