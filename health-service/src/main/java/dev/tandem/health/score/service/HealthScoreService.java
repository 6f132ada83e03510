package dev.tandem.health.score.service;

import dev.tandem.health.domain.scoring.HealthScore;
import dev.tandem.health.score.domain.ScoreHistory;
import dev.tandem.health.score.repository.ScoreHistoryReader;
import dev.tandem.health.scorecard.domain.ScorecardPurpose;
import dev.tandem.health.scoring.domain.DayRange;
import dev.tandem.health.scoring.repository.AccountMetrics;
import dev.tandem.health.scoring.service.Scorer;
import dev.tandem.health.scoring.service.Scorer.Version;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An account's health as of now or any past day, computed on the spot from its aggregates (each window ending that
 * day), on the scorecard version that judged it that day or one named in the request.
 */
@ApplicationScoped
public class HealthScoreService {

    /**
     * A score now with how far it moved over 7 and 30 days.
     *
     * @param trend7 points gained (or lost, negative) since 7 days ago; null when either end has no score
     */
    public record Trended(HealthScore health, Integer trend7, Integer trend30) {}

    private final Scorer scorer;
    private final AccountMetrics metrics;
    private final ScoreHistoryReader history;
    private final Clock clock;

    public HealthScoreService(Scorer scorer, AccountMetrics metrics, ScoreHistoryReader history, Clock clock) {
        this.scorer = scorer;
        this.metrics = metrics;
        this.history = history;
        this.clock = clock;
    }

    /**
     * The account's score by the vendor's account id, as of {@code day} (today when null), on {@code version} when one
     * is named; N/A (null score) when it has no data.
     */
    @WithSession
    public Uni<HealthScore> score(String account, LocalDate day, Optional<Version> version) {
        LocalDate asOf = day == null ? today() : day;
        return scorer.score(metrics, List.of(account), ScorecardPurpose.HEALTH, DayRange.of(asOf), version)
                .map(scores -> scores.get(asOf).get(account).score());
    }

    /**
     * Many accounts' scores at once as of {@code day} (today when null), with their trends over the 7 and 30 days
     * before it, in the order asked, each read once however often it was named: one scoring pass and two statements for
     * the trends, whatever the number of accounts.
     */
    @WithSession
    public Uni<Map<String, Trended>> scores(List<String> accounts, LocalDate day, Optional<Version> version) {
        Set<String> distinct = new LinkedHashSet<>(accounts);
        LocalDate asOf = day == null ? today() : day;
        // One after another: a reactive session runs one statement at a time.
        return scorer.score(metrics, distinct, ScorecardPurpose.HEALTH, DayRange.of(asOf), version)
                .map(byDay -> byDay.get(asOf))
                .chain(scores -> history.scoresOn(distinct, asOf.minusDays(7))
                        .chain(weekAgo -> history.scoresOn(distinct, asOf.minusDays(30))
                                .map(monthAgo -> {
                                    Map<String, Trended> result = new LinkedHashMap<>();
                                    distinct.forEach(account -> {
                                        HealthScore now = scores.get(account).score();
                                        result.put(
                                                account,
                                                new Trended(
                                                        now,
                                                        ScoreHistory.trend(now.score(), weekAgo.get(account)),
                                                        ScoreHistory.trend(now.score(), monthAgo.get(account))));
                                    });
                                    return result;
                                })));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
