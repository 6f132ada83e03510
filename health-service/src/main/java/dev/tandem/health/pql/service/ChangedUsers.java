package dev.tandem.health.pql.service;

import dev.tandem.health.pql.domain.EndUser;
import dev.tandem.health.pql.repository.UserPqlChanges;
import dev.tandem.platform.sql.NativeStatement;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
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

    /**
     * The insert that records those of {@code users} a PQL scorecard judges, none if it judges none of them: to run in
     * the transaction that changes the users' aggregates, so no change goes unscored.
     */
    public Uni<Optional<NativeStatement>> recording(Collection<EndUser> users, Instant now) {
        if (users.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        Set<String> accounts = users.stream().map(EndUser::account).collect(Collectors.toSet());
        return scorer.judged(accounts)
                .map(judged -> changes.recording(
                        users.stream()
                                .filter(user -> judged.contains(user.account()))
                                .toList(),
                        now));
    }
}
