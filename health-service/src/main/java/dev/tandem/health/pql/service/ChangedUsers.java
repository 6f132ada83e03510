package dev.tandem.health.pql.service;

import dev.tandem.health.pql.domain.EndUser;
import dev.tandem.health.pql.repository.UserPqlChanges;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Records end users whose aggregates changed for a PQL rescore: only users of accounts a PQL scorecard judges, since
 * the others have no PQL score to keep fresh (a paying account's users are no leads). Most signals come from paying
 * accounts, so this spares most rescores. A user whose account comes to be judged later is recorded then, by the
 * account's PQL rescoring.
 */
@ApplicationScoped
public class ChangedUsers {

    private final UserScorer scorer;
    private final UserPqlChanges changes;

    public ChangedUsers(UserScorer scorer, UserPqlChanges changes) {
        this.scorer = scorer;
        this.changes = changes;
    }

    /** Call inside the transaction that changed the users' aggregates, so no change goes unscored. */
    public Uni<Void> record(Collection<EndUser> users, Instant now) {
        if (users.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Set<String> accounts = users.stream().map(EndUser::account).collect(Collectors.toSet());
        return scorer.judged(accounts)
                .chain(judged -> changes.record(
                        users.stream()
                                .filter(user -> judged.contains(user.account()))
                                .toList(),
                        now));
    }
}
