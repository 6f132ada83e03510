package dev.tandem.health.scoring.service;

import dev.tandem.health.domain.scoring.BandScheme;
import dev.tandem.health.domain.scoring.HealthScore;
import dev.tandem.health.domain.scoring.ScorecardCalculator;
import dev.tandem.health.scorecard.domain.AccountSegment;
import dev.tandem.health.scorecard.domain.ConfiguredScorecard;
import dev.tandem.health.scorecard.domain.ScorecardChoice;
import dev.tandem.health.scorecard.domain.ScorecardPurpose;
import dev.tandem.health.scorecard.service.ScorecardService;
import dev.tandem.health.scoring.domain.MetricReadPlan;
import dev.tandem.health.scoring.domain.Scored;
import dev.tandem.health.scoring.repository.AccountLookup;
import dev.tandem.health.scoring.repository.MetricSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Scores subjects (accounts, or end users) now, each on the scorecard of the purpose asked that judges its account, from
 * the values its {@link MetricSource} reads. Scoring many subjects costs one query per metric read, not one per subject
 * and measure: the scorecards, the accounts' segments and the values are read once for the whole set.
 */
@ApplicationScoped
public class Scorer {

    private final ScorecardService scorecards;
    private final AccountLookup accounts;
    private final ScorecardCalculator calculator = new ScorecardCalculator(BandScheme.standard());
    private final Clock clock;

    public Scorer(ScorecardService scorecards, AccountLookup accounts, Clock clock) {
        this.scorecards = scorecards;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Each subject's score on the scorecards of {@code purpose}; call inside a session. Health falls back to the default
     * scorecard and leaves churned accounts unscored; a subject no scorecard selects is not judged (N/A, no scorecard).
     */
    public <S> Uni<Map<S, Scored>> score(MetricSource<S> source, Collection<S> subjects, ScorecardPurpose purpose) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Set<String> accountIds = new LinkedHashSet<>();
        subjects.forEach(subject -> accountIds.add(source.accountOf(subject)));
        return scorecards
                .list(purpose)
                .chain(configured -> accounts.segments(accountIds).chain(segments -> {
                    ScorecardChoice choice = choiceOf(configured);
                    Map<UUID, ConfiguredScorecard> byId = new HashMap<>();
                    configured.forEach(s -> byId.put(s.id(), s));
                    Map<S, Scored> result = new LinkedHashMap<>();
                    Map<UUID, List<S>> toScore = new LinkedHashMap<>();
                    for (S subject : subjects) {
                        AccountSegment segment =
                                segments.getOrDefault(source.accountOf(subject), AccountSegment.UNKNOWN);
                        if (purpose == ScorecardPurpose.HEALTH && segment.isChurned()) {
                            result.put(
                                    subject, new Scored(HealthScore.notApplicable("Churned: no longer scored"), null));
                            continue;
                        }
                        choice.forAccount(segment)
                                .ifPresentOrElse(
                                        id -> toScore.computeIfAbsent(id, s -> new ArrayList<>())
                                                .add(subject),
                                        () -> result.put(
                                                subject,
                                                new Scored(HealthScore.notApplicable("No scorecard applies"), null)));
                    }
                    MetricReadPlan<S> plan = new MetricReadPlan<>();
                    toScore.forEach((id, judged) ->
                            byId.get(id).definition().measures().forEach(measure -> plan.need(measure, judged)));
                    return source.read(plan, today).map(values -> {
                        toScore.forEach((id, judged) -> judged.forEach(subject -> result.put(
                                subject,
                                new Scored(
                                        calculator.score(byId.get(id)
                                                .definition()
                                                .inputs(measure -> values.of(subject, measure))),
                                        byId.get(id)))));
                        return result;
                    });
                }));
    }

    /** Those of {@code accountIds} a scorecard of {@code purpose} judges; call inside a session. */
    public Uni<Set<String>> judged(Collection<String> accountIds, ScorecardPurpose purpose) {
        return scorecards
                .list(purpose)
                .chain(configured -> configured.isEmpty()
                        ? Uni.createFrom().item(Set.of())
                        : accounts.segments(accountIds).map(segments -> {
                            ScorecardChoice choice = choiceOf(configured);
                            Set<String> judged = new LinkedHashSet<>();
                            accountIds.forEach(
                                    account -> choice.forAccount(segments.getOrDefault(account, AccountSegment.UNKNOWN))
                                            .ifPresent(id -> judged.add(account)));
                            return judged;
                        }));
    }

    private static ScorecardChoice choiceOf(List<ConfiguredScorecard> configured) {
        return new ScorecardChoice(
                configured.stream().map(ConfiguredScorecard::asCandidate).toList());
    }
}
