package dev.tandem.health.pql.service;

import dev.tandem.health.domain.scoring.HealthScore;
import dev.tandem.health.domain.subject.AccountUser;
import dev.tandem.health.pql.repository.PqlRankings;
import dev.tandem.health.pql.repository.PqlRankings.RankedUser;
import dev.tandem.health.scorecard.domain.ScorecardPurpose;
import dev.tandem.health.scoring.domain.Scored;
import dev.tandem.health.scoring.repository.UserMetrics;
import dev.tandem.health.scoring.service.Scorer;
import dev.tandem.platform.paging.Cursor;
import dev.tandem.platform.paging.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * End users' seriousness: one user's PQL score now, an account's users ranked (whom sales should talk to when the
 * account is handed over), and the qualified users of every account (the leads of a product-led motion, where a
 * serious user of a free account is the lead).
 */
@ApplicationScoped
public class UserPqlService {

    /**
     * A user's PQL score now, explained like a health score.
     *
     * @param qualifyAt the scorecard's threshold; null when no PQL scorecard judges the user's account
     */
    public record UserPqlScore(
            String account,
            String user,
            Integer score,
            boolean qualified,
            Integer qualifyAt,
            UUID scorecardId,
            String scorecardName,
            HealthScore detail) {}

    private final Scorer scorer;
    private final UserMetrics metrics;
    private final PqlRankings rankings;

    public UserPqlService(Scorer scorer, UserMetrics metrics, PqlRankings rankings) {
        this.scorer = scorer;
        this.metrics = metrics;
        this.rankings = rankings;
    }

    /** Computed on request from the user's aggregates, as the account's is: never staler than the last signal. */
    @WithSession
    public Uni<UserPqlScore> score(String account, String user) {
        AccountUser endUser = new AccountUser(account, user);
        return scorer.score(metrics, List.of(endUser), ScorecardPurpose.PQL).map(scores -> {
            Scored scored = scores.get(endUser);
            if (!scored.isJudged()) {
                return new UserPqlScore(
                        account,
                        user,
                        null,
                        false,
                        null,
                        null,
                        null,
                        HealthScore.notApplicable("No PQL scorecard judges this user's account"));
            }
            return new UserPqlScore(
                    account,
                    user,
                    scored.score().score(),
                    scored.qualified(),
                    scored.scorecard().qualifyAt(),
                    scored.scorecardId(),
                    scored.scorecard().name(),
                    scored.score());
        });
    }

    /** One page of an account's scored users, best first, qualified or not. */
    @WithSession
    public Uni<Page<RankedUser>> usersOf(String account, int first, String after) {
        Integer afterScore = null;
        String afterUser = null;
        if (after != null) {
            List<String> position = Cursor.decode(after, 2);
            afterScore = (int) Cursor.longPart(position.get(0));
            afterUser = position.get(1);
        }
        return rankings.usersOf(account, afterScore, afterUser, first + 1)
                .map(found ->
                        Page.of(found, first, u -> Cursor.encode(List.of(Integer.toString(u.score()), u.user()))));
    }

    /** One page of the qualified users of every account, best first. */
    @WithSession
    public Uni<Page<RankedUser>> qualified(int first, String after) {
        Integer afterScore = null;
        String afterAccount = null;
        String afterUser = null;
        if (after != null) {
            List<String> position = Cursor.decode(after, 3);
            afterScore = (int) Cursor.longPart(position.get(0));
            afterAccount = position.get(1);
            afterUser = position.get(2);
        }
        return rankings.qualifiedUsers(afterScore, afterAccount, afterUser, first + 1)
                .map(found -> Page.of(
                        found, first, u -> Cursor.encode(List.of(Integer.toString(u.score()), u.account(), u.user()))));
    }
}
