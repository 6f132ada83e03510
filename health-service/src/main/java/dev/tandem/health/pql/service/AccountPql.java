package dev.tandem.health.pql.service;

import static dev.tandem.health.scorecard.domain.ScorecardDefinition.LONGEST_WINDOW_DAYS;

import dev.tandem.events.TandemEvent;
import dev.tandem.events.health.PqlChanged;
import dev.tandem.health.change.UserChanges;
import dev.tandem.health.pql.repository.PqlRankings;
import dev.tandem.health.scorecard.domain.ScorecardPurpose;
import dev.tandem.health.scoring.domain.Rescored;
import dev.tandem.health.scoring.domain.Rescored.Judging;
import dev.tandem.health.scoring.domain.Scored;
import dev.tandem.health.scoring.domain.StoredScore;
import dev.tandem.health.scoring.repository.AccountMetrics;
import dev.tandem.health.scoring.repository.MetricSource;
import dev.tandem.health.scoring.repository.ScoreTable;
import dev.tandem.health.scoring.service.AccountsRescored;
import dev.tandem.health.scoring.service.Rescorer;
import dev.tandem.health.scoring.service.ScoreKind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Free and trial accounts' PQL, kept fresh alongside their health (it follows every rescoring of their health): a
 * moved score is stored and announced as {@code PqlChanged}, whose {@code qualified} flag tells when an account
 * crossed its scorecard's threshold, the moment to hand it to sales.
 */
@ApplicationScoped
public class AccountPql implements ScoreKind<String>, AccountsRescored {

    private final ScoreTable<String> table = ScoreTable.ofAccounts("pql_score");
    private final Rescorer rescorer;
    private final AccountMetrics metrics;
    private final PqlRankings rankings;
    private final UserChanges userChanges;

    public AccountPql(Rescorer rescorer, AccountMetrics metrics, PqlRankings rankings, UserChanges userChanges) {
        this.rescorer = rescorer;
        this.metrics = metrics;
        this.rankings = rankings;
        this.userChanges = userChanges;
    }

    @Override
    public Uni<Void> accountsRescored(List<String> accounts, Map<String, UUID> ids, Instant at) {
        return rescorer.rescore(this, accounts, ids, at).replaceWithVoid();
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
    public MetricSource<String> metrics() {
        return metrics;
    }

    @Override
    public ScoreTable<String> table() {
        return table;
    }

    /** Only with a score: a PQL of no data says nothing to sales. */
    @Override
    public Optional<TandemEvent> announcement(
            String account, UUID accountId, StoredScore previous, Scored scored, Instant at) {
        Integer score = scored.score().score();
        return score == null
                ? Optional.empty()
                : Optional.of(new PqlChanged(
                        accountId, previous == null ? null : previous.score(), score, scored.qualified(), at));
    }

    /**
     * An account no PQL scorecard judges any more takes its users' PQL scores with it: they are judged by their
     * account's scorecard, and a paying account's users are no leads. Its users are recorded as changed too: a
     * rescoring of one of them under way read the account as judged and may store a score after this delete; the
     * rescoring of the change forgets it, and nothing else would, since signals of an account no PQL scorecard judges
     * record no user changes. An account judged for the first time brings its users in: their signals recorded none of
     * them while no PQL scorecard judged it.
     */
    @Override
    public Uni<Void> afterRescoring(
            Rescored<String> rescored, Map<String, Scored> scores, Map<String, UUID> ids, Instant at) {
        List<String> usersChanged = new ArrayList<>(rescored.newlyJudged());
        usersChanged.addAll(rescored.forgotten());
        return rankings.forgetUsersOf(rescored.forgotten())
                .chain(() -> userChanges.recordUsersOf(usersChanged, LONGEST_WINDOW_DAYS, at));
    }
}
