package dev.tandem.health.score.service;

import dev.tandem.health.domain.scoring.BandScheme;
import dev.tandem.health.domain.scoring.HealthScore;
import dev.tandem.health.domain.scoring.ScorecardCalculator;
import dev.tandem.health.manual.repository.ManualValueRepository;
import dev.tandem.health.score.repository.AccountFactsReader;
import dev.tandem.health.score.repository.MetricReader;
import dev.tandem.health.scorecard.domain.AccountFacts;
import dev.tandem.health.scorecard.domain.ConfiguredScorecard;
import dev.tandem.health.scorecard.domain.MeasureDefinition;
import dev.tandem.health.scorecard.domain.MetricReadPlan;
import dev.tandem.health.scorecard.domain.MetricReadPlan.DailyPass;
import dev.tandem.health.scorecard.domain.MetricReadPlan.SingleRead;
import dev.tandem.health.scorecard.domain.ScorecardChoice;
import dev.tandem.health.scorecard.domain.ScorecardPurpose;
import dev.tandem.health.scorecard.service.ScorecardService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
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
 * Scores accounts now, each on the scorecard of the purpose asked (health, or PQL seriousness) that judges it, from its
 * aggregates and its CSM's manual values. Scoring
 * many accounts costs one query per metric and window, not one per account and measure: the scorecards, the accounts'
 * facts and their manual values are read once for the whole set.
 */
@ApplicationScoped
public class AccountScorer {

    /** An account's score and the scorecard it was scored on (null when none applied). */
    public record Scored(HealthScore score, ConfiguredScorecard scorecard) {

        public UUID scorecardId() {
            return scorecard == null ? null : scorecard.id();
        }
    }

    private final ScorecardService scorecards;
    private final AccountFactsReader facts;
    private final MetricReader metrics;
    private final ManualValueRepository manualValues;
    private final ScorecardCalculator calculator = new ScorecardCalculator(BandScheme.standard());
    private final Clock clock;

    public AccountScorer(
            ScorecardService scorecards,
            AccountFactsReader facts,
            MetricReader metrics,
            ManualValueRepository manualValues,
            Clock clock) {
        this.scorecards = scorecards;
        this.facts = facts;
        this.metrics = metrics;
        this.manualValues = manualValues;
        this.clock = clock;
    }

    /** Each account's health score, by the vendor's account id; call inside a session. */
    public Uni<Map<String, Scored>> score(Collection<String> accounts) {
        return score(accounts, ScorecardPurpose.HEALTH);
    }

    /**
     * Each account's score on the scorecards of {@code purpose}. Health falls back to the default scorecard and leaves
     * churned accounts unscored; an account no PQL scorecard selects has no PQL score.
     */
    public Uni<Map<String, Scored>> score(Collection<String> accounts, ScorecardPurpose purpose) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return scorecards
                .list(purpose)
                .chain(configured -> facts.of(accounts).chain(known -> {
                    ScorecardChoice choice = new ScorecardChoice(configured.stream()
                            .map(ConfiguredScorecard::asCandidate)
                            .toList());
                    Map<UUID, ConfiguredScorecard> byId = new HashMap<>();
                    configured.forEach(s -> byId.put(s.id(), s));
                    Map<String, Scored> result = new LinkedHashMap<>();
                    Map<UUID, List<String>> toScore = new LinkedHashMap<>();
                    for (String account : accounts) {
                        AccountFacts accountFacts = known.getOrDefault(account, AccountFacts.UNKNOWN);
                        if (purpose == ScorecardPurpose.HEALTH && accountFacts.isChurned()) {
                            result.put(
                                    account, new Scored(HealthScore.notApplicable("Churned: no longer scored"), null));
                            continue;
                        }
                        choice.forAccount(accountFacts)
                                .ifPresentOrElse(
                                        scorecard -> toScore.computeIfAbsent(scorecard, s -> new ArrayList<>())
                                                .add(account),
                                        () -> result.put(
                                                account,
                                                new Scored(HealthScore.notApplicable("No scorecard applies"), null)));
                    }
                    return valuesFor(toScore, byId, today).map(values -> {
                        toScore.forEach((id, scored) -> scored.forEach(account -> result.put(
                                account,
                                new Scored(
                                        calculator.score(
                                                byId.get(id).definition().inputs(m -> values.of(account, m))),
                                        byId.get(id)))));
                        return result;
                    });
                }));
    }

    /** Every metric and manual value the scorecards need for their accounts, read as {@link MetricReadPlan} plans. */
    private Uni<MeasureValues> valuesFor(
            Map<UUID, List<String>> toScore, Map<UUID, ConfiguredScorecard> byId, LocalDate today) {
        MetricReadPlan<String> plan = new MetricReadPlan<>(MetricReader.DAILY_FIGURES);
        Set<String> all = new LinkedHashSet<>();
        toScore.forEach((id, accounts) -> {
            all.addAll(accounts);
            byId.get(id).definition().measures().forEach(m -> plan.need(m, accounts));
        });
        MeasureValues values = new MeasureValues();
        // One after another: a reactive session runs one statement at a time.
        Uni<Void> reading =
                manualValues.validOn(all, today).invoke(values::putManual).replaceWithVoid();
        for (SingleRead<String> read : plan.singles()) {
            reading = reading.chain(
                    () -> metrics.values(read.metric(), read.subjects(), today.minusDays(read.windowDays() - 1))
                            .invoke(found -> values.putMetric(read.key(), found))
                            .replaceWithVoid());
        }
        for (DailyPass<String> pass : plan.dailyPasses()) {
            reading = reading.chain(() -> metrics.dailyValues(
                            pass.metrics(), pass.subjects(), today.minusDays(pass.windowDays() - 1))
                    .invoke(found ->
                            found.forEach((metric, byAccount) -> values.putMetric(pass.keyOf(metric), byAccount)))
                    .replaceWithVoid());
        }
        return reading.replaceWith(values);
    }

    /** The values read for a set of accounts, looked up per account and measure. */
    private static final class MeasureValues {

        private final Map<String, Map<String, BigDecimal>> metricValues = new HashMap<>();
        private Map<String, Map<String, BigDecimal>> manual = Map.of();

        void putMetric(String key, Map<String, BigDecimal> byAccount) {
            metricValues.put(key, byAccount);
        }

        void putManual(Map<String, Map<String, BigDecimal>> byAccount) {
            manual = byAccount;
        }

        BigDecimal of(String account, MeasureDefinition measure) {
            if (measure.isManual()) {
                return manual.getOrDefault(account, Map.of()).get(measure.key());
            }
            return metricValues
                    .getOrDefault(MetricReadPlan.key(measure), Map.of())
                    .get(account);
        }
    }
}
