package dev.tandem.health.pql.service;

import dev.tandem.events.TandemEvent;
import dev.tandem.events.health.UserPqlChanged;
import dev.tandem.health.change.RescoringLocks;
import dev.tandem.health.change.SubjectKind;
import dev.tandem.health.domain.subject.AccountUser;
import dev.tandem.health.pql.repository.PqlRankings;
import dev.tandem.health.scorecard.domain.ScorecardPurpose;
import dev.tandem.health.scoring.domain.Rescored;
import dev.tandem.health.scoring.domain.Rescored.Judging;
import dev.tandem.health.scoring.domain.Scored;
import dev.tandem.health.scoring.domain.StoredScore;
import dev.tandem.health.scoring.repository.MetricSource;
import dev.tandem.health.scoring.repository.ScoreTable;
import dev.tandem.health.scoring.repository.UserMetrics;
import dev.tandem.health.scoring.service.Rescorer;
import dev.tandem.health.scoring.service.ScoreKind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * End users' PQL, kept fresh: each user of a free or trial account judged on their account's PQL scorecard from their
 * own activity. A moved score is stored and announced as {@code UserPqlChanged}, whose {@code qualified} flag tells
 * when a user crossed the threshold; a user no PQL scorecard judges any more (their account started paying) is
 * forgotten.
 */
@ApplicationScoped
public class UserPql implements ScoreKind<AccountUser> {

    private final ScoreTable<AccountUser> table = ScoreTable.ofUsers("user_pql_score");
    private final Rescorer rescorer;
    private final UserMetrics metrics;
    private final PqlRankings rankings;
    private final Clock clock;

    public UserPql(Rescorer rescorer, UserMetrics metrics, PqlRankings rankings, Clock clock) {
        this.rescorer = rescorer;
        this.metrics = metrics;
        this.rankings = rankings;
        this.clock = clock;
    }

    /**
     * Rescores the {@code candidates} inside the caller's transaction, holding them first, so that a concurrent
     * rescoring or erasure of one of them waits for this one's commit. Users erased before (nothing is known about
     * them any more) are skipped.
     *
     * @return how many scores changed
     */
    public Uni<Integer> rescore(List<AccountUser> candidates) {
        return RescoringLocks.hold(SubjectKind.END_USERS, candidates)
                .chain(() -> rankings.known(candidates))
                .map(known -> candidates.stream().filter(known::contains).toList())
                .chain(users -> rescorer.rescore(this, users, clock.instant()))
                .map(Rescored::changes);
    }

    @Override
    public ScorecardPurpose purpose() {
        return ScorecardPurpose.PQL;
    }

    @Override
    public Judging judging() {
        return Judging.JUDGED_ONLY;
    }

    @Override
    public MetricSource<AccountUser> metrics() {
        return metrics;
    }

    @Override
    public ScoreTable<AccountUser> table() {
        return table;
    }

    /** As for accounts, only with a score. */
    @Override
    public Optional<TandemEvent> announcement(
            AccountUser user, UUID accountId, StoredScore previous, Scored scored, Instant at) {
        Integer score = scored.score().score();
        return score == null
                ? Optional.empty()
                : Optional.of(new UserPqlChanged(
                        accountId,
                        user.user(),
                        previous == null ? null : previous.score(),
                        score,
                        scored.qualified(),
                        at));
    }
}
