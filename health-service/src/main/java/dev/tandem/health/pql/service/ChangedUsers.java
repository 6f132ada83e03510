package dev.tandem.health.pql.service;

import dev.tandem.health.change.UserChanges;
import dev.tandem.health.domain.subject.AccountUser;
import dev.tandem.health.scorecard.domain.ScorecardPurpose;
import dev.tandem.health.scoring.service.Scorer;
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

    private final Scorer scorer;
    private final UserChanges changes;

    public ChangedUsers(Scorer scorer, UserChanges changes) {
        this.scorer = scorer;
        this.changes = changes;
    }

    /**
     * The insert that records those of {@code users} a PQL scorecard judges, none if it judges none of them: to run in
     * the transaction that changes the users' aggregates, so no change goes unscored.
     */
    public Uni<Optional<NativeStatement>> recording(Collection<AccountUser> users, Instant now) {
        if (users.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        Set<String> accounts = users.stream().map(AccountUser::account).collect(Collectors.toSet());
        return scorer.judged(accounts, ScorecardPurpose.PQL)
                .map(judged -> changes.recording(
                        users.stream()
                                .filter(user -> judged.contains(user.account()))
                                .toList(),
                        now));
    }
}
