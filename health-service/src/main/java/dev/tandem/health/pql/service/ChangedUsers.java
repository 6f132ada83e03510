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
import java.util.List;
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
     * Records, after a scorecard change, the users of {@code accounts} whose PQL it may move: those with signals in the
     * last {@code days} days of accounts a PQL scorecard judges now, and those with a stored score, whose account it
     * may judge no more. Any other user has no score to compute and none to forget, as on the signal path; recording
     * them all made a full rescore of paying accounts rescore every one of their users' PQL for nothing.
     */
    public Uni<Void> recordAfterScorecardChange(List<String> accounts, int days, Instant now) {
        return scorer.judged(accounts, ScorecardPurpose.PQL)
                .chain(judged -> changes.recordUsersOf(judged, accounts, days, now));
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
