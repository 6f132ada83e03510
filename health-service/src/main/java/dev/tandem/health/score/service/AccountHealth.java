package dev.tandem.health.score.service;

import dev.tandem.events.TandemEvent;
import dev.tandem.events.health.DimensionScore;
import dev.tandem.events.health.HealthBand;
import dev.tandem.events.health.MeasureReading;
import dev.tandem.events.health.ScoreChanged;
import dev.tandem.health.change.RescoringLocks;
import dev.tandem.health.change.SubjectKind;
import dev.tandem.health.domain.scoring.HealthScore;
import dev.tandem.health.domain.scoring.MeasureScore;
import dev.tandem.health.score.repository.ScoreHistoryWriter;
import dev.tandem.health.scorecard.domain.MeasureDefinition;
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
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Accounts' health, kept fresh: a moved score is stored with its history and as the score of its day, and announced as
 * {@code ScoreChanged} when score or band moved. An account no scorecard judges (a churned one) is kept as N/A but not
 * announced: the event names the scorecard. What follows an account's health (its PQL) is told after.
 */
@ApplicationScoped
public class AccountHealth implements ScoreKind<String> {

    private final ScoreTable<String> table = ScoreTable.ofAccounts("health_score");
    private final Rescorer rescorer;
    private final AccountMetrics metrics;
    private final ScoreHistoryWriter history;
    private final Instance<AccountsRescored> followers;
    private final Clock clock;

    public AccountHealth(
            Rescorer rescorer,
            AccountMetrics metrics,
            ScoreHistoryWriter history,
            Instance<AccountsRescored> followers,
            Clock clock) {
        this.rescorer = rescorer;
        this.metrics = metrics;
        this.history = history;
        this.followers = followers;
        this.clock = clock;
    }

    /**
     * Rescores {@code accounts} inside the caller's transaction, holding them until it ends.
     *
     * @return how many scores changed
     */
    public Uni<Integer> rescore(List<String> accounts) {
        return RescoringLocks.hold(SubjectKind.ACCOUNTS, accounts)
                .chain(() -> rescorer.rescore(this, accounts, clock.instant()))
                .map(Rescored::changes);
    }

    @Override
    public ScorecardPurpose purpose() {
        return ScorecardPurpose.HEALTH;
    }

    @Override
    public Judging judging() {
        return Judging.EVERY_SUBJECT;
    }

    @Override
    public MetricSource<String> metrics() {
        return metrics;
    }

    @Override
    public ScoreTable<String> table() {
        return table;
    }

    @Override
    public Optional<TandemEvent> announcement(
            String account, UUID accountId, StoredScore previous, Scored scored, Instant at) {
        if (!scored.isJudged()) {
            return Optional.empty();
        }
        HealthScore score = scored.score();
        List<DimensionScore> dimensions = score.groups().stream()
                .map(group -> new DimensionScore(group.name(), group.score(), group.effectiveWeight()))
                .toList();
        return Optional.of(new ScoreChanged(
                accountId,
                scored.scorecardId(),
                previous == null ? null : previous.score(),
                score.score(),
                previous == null || previous.band() == null ? null : HealthBand.valueOf(previous.band()),
                score.band() == null ? null : HealthBand.valueOf(score.band().name()),
                dimensions,
                readings(scored),
                at));
    }

    /**
     * The metrics' values the score was computed from, for consumers that follow a metric (cta-service's success plans):
     * one per metric and window, MANUAL measures left out (a CSM's points are no metric).
     */
    static List<MeasureReading> readings(Scored scored) {
        Map<String, MeasureDefinition> definitions = scored.scorecard()
                .definition()
                .measures()
                .filter(measure -> measure.metric() != null && measure.windowDays() != null)
                .collect(Collectors.toMap(MeasureDefinition::key, Function.identity(), (first, second) -> first));
        return scored.score().groups().stream()
                .flatMap(group -> group.measures().stream())
                .filter(measure -> definitions.containsKey(measure.key()))
                .map(measure -> reading(definitions.get(measure.key()), measure))
                .distinct()
                .toList();
    }

    private static MeasureReading reading(MeasureDefinition definition, MeasureScore measure) {
        return new MeasureReading(definition.metric(), definition.windowDays(), measure.rawValue());
    }

    @Override
    public Uni<Void> afterRescoring(
            Rescored<String> rescored, Map<String, Scored> scores, Map<String, UUID> ids, Instant at) {
        List<String> accounts = List.copyOf(scores.keySet());
        Uni<Void> following = history.record(rescored.moved(), scores, at);
        for (AccountsRescored follower : followers) {
            following = following.chain(() -> follower.accountsRescored(accounts, ids, at));
        }
        return following;
    }
}
