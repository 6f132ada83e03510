package dev.tandem.health.pql.service;

import dev.tandem.health.domain.scoring.HealthScore;
import dev.tandem.health.pql.repository.PqlRankings;
import dev.tandem.health.pql.repository.PqlRankings.Qualified;
import dev.tandem.health.scorecard.domain.ScorecardPurpose;
import dev.tandem.health.scoring.domain.Scored;
import dev.tandem.health.scoring.repository.AccountMetrics;
import dev.tandem.health.scoring.service.Scorer;
import dev.tandem.platform.paging.Cursor;
import dev.tandem.platform.paging.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Free and trial accounts' seriousness: one account's PQL score now, and the qualified ones for sales. */
@ApplicationScoped
public class PqlService {

    /**
     * An account's PQL score now, explained like a health score.
     *
     * @param qualifyAt the scorecard's threshold; null when no PQL scorecard judges the account
     */
    public record PqlScore(
            String account,
            Integer score,
            boolean qualified,
            Integer qualifyAt,
            UUID scorecardId,
            String scorecardName,
            HealthScore detail) {}

    private final Scorer scorer;
    private final AccountMetrics metrics;
    private final PqlRankings rankings;

    public PqlService(Scorer scorer, AccountMetrics metrics, PqlRankings rankings) {
        this.scorer = scorer;
        this.metrics = metrics;
        this.rankings = rankings;
    }

    @WithSession
    public Uni<PqlScore> score(String account) {
        return scorer.score(metrics, List.of(account), ScorecardPurpose.PQL).map(scores -> {
            Scored scored = scores.get(account);
            if (scored.scorecard() == null) {
                return new PqlScore(
                        account,
                        null,
                        false,
                        null,
                        null,
                        null,
                        HealthScore.notApplicable("No PQL scorecard judges this account: it is not on a free or trial"
                                + " plan any PQL scorecard names"));
            }
            return new PqlScore(
                    account,
                    scored.score().score(),
                    scored.qualified(),
                    scored.scorecard().qualifyAt(),
                    scored.scorecardId(),
                    scored.scorecard().name(),
                    scored.score());
        });
    }

    /** One page of the product-qualified accounts, best first. */
    @WithSession
    public Uni<Page<Qualified>> qualified(int first, String after) {
        Integer afterScore = null;
        String afterAccount = null;
        if (after != null) {
            List<String> position = Cursor.decode(after, 2);
            afterScore = (int) Cursor.longPart(position.get(0));
            afterAccount = position.get(1);
        }
        return rankings.qualifiedAccounts(afterScore, afterAccount, first + 1)
                .map(found ->
                        Page.of(found, first, q -> Cursor.encode(List.of(Integer.toString(q.score()), q.account()))));
    }
}
