package dev.tandem.health.pql.service;

import dev.tandem.health.pql.domain.EndUser;
import dev.tandem.health.pql.repository.UserPqlDirty;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Marks end users whose aggregates changed for a PQL rescore: only users of accounts a PQL scorecard judges, since
 * the others have no PQL score to keep fresh (a paying account's users are no leads). Most signals come from paying
 * accounts, so this spares most marks and rescores. A user whose account comes to be judged later is marked then, by
 * the account's PQL rescoring.
 */
@ApplicationScoped
public class UserPqlMarks {

    private final UserScorer scorer;
    private final UserPqlDirty dirty;

    public UserPqlMarks(UserScorer scorer, UserPqlDirty dirty) {
        this.scorer = scorer;
        this.dirty = dirty;
    }

    /** Call inside the transaction that changed the users' aggregates, so no change goes unscored. */
    public Uni<Void> markChanged(Collection<EndUser> users, Instant now) {
        if (users.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Set<String> accounts = users.stream().map(EndUser::account).collect(Collectors.toSet());
        return scorer.judged(accounts)
                .chain(judged -> dirty.mark(
                        users.stream()
                                .filter(user -> judged.contains(user.account()))
                                .toList(),
                        now));
    }
}
