package dev.tandem.health.pql.service;

import dev.tandem.health.domain.scoring.BandScheme;
import dev.tandem.health.domain.scoring.HealthScore;
import dev.tandem.health.domain.scoring.ScorecardCalculator;
import dev.tandem.health.pql.domain.EndUser;
import dev.tandem.health.pql.repository.UserMetricReader;
import dev.tandem.health.score.repository.AccountFactsReader;
import dev.tandem.health.score.repository.MetricReader;
import dev.tandem.health.score.service.AccountScorer.Scored;
import dev.tandem.health.scorecard.domain.AccountFacts;
import dev.tandem.health.scorecard.domain.ConfiguredScorecard;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Scores end users' seriousness now: each user on the PQL scorecard that judges their account (so a free account's
 * users are judged by the scorecard their account is), from the user's own daily counts, with the same calculator as
 * accounts. Manual measures are a CSM's view of an account, not of a person: they have no value for a user and are left
 * out. Many users cost one query per metric and window.
 */
@ApplicationScoped
public class UserScorer {

    private final ScorecardService scorecards;
    private final AccountFactsReader facts;
    private final UserMetricReader metrics;
    private final ScorecardCalculator calculator = new ScorecardCalculator(BandScheme.standard());
    private final Clock clock;

    public UserScorer(ScorecardService scorecards, AccountFactsReader facts, UserMetricReader metrics, Clock clock) {
        this.scorecards = scorecards;
        this.facts = facts;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Those of {@code accounts} a PQL scorecard judges: whose users have a PQL score. Call inside a session. */
    public Uni<Set<String>> judged(Collection<String> accounts) {
        return scorecards
                .list(ScorecardPurpose.PQL)
                .chain(configured -> configured.isEmpty()
                        ? Uni.createFrom().item(Set.of())
                        : facts.of(accounts).map(known -> {
                            ScorecardChoice choice = new ScorecardChoice(configured.stream()
                                    .map(ConfiguredScorecard::asCandidate)
                                    .toList());
                            Set<String> judged = new HashSet<>();
                            for (String account : accounts) {
                                if (choice.forAccount(known.getOrDefault(account, AccountFacts.UNKNOWN))
                                        .isPresent()) {
                                    judged.add(account);
                                }
                            }
                            return judged;
                        }));
    }

    /** Each user's PQL score; a user whose account no PQL scorecard selects has none. Call inside a session. */
    public Uni<Map<EndUser, Scored>> score(Collection<EndUser> users) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Set<String> accounts = new LinkedHashSet<>();
        users.forEach(u -> accounts.add(u.account()));
        return scorecards
                .list(ScorecardPurpose.PQL)
                .chain(configured -> facts.of(accounts).chain(known -> {
                    ScorecardChoice choice = new ScorecardChoice(configured.stream()
                            .map(ConfiguredScorecard::asCandidate)
                            .toList());
                    Map<UUID, ConfiguredScorecard> byId = new HashMap<>();
                    configured.forEach(s -> byId.put(s.id(), s));
                    Map<EndUser, Scored> result = new LinkedHashMap<>();
                    Map<UUID, List<EndUser>> toScore = new LinkedHashMap<>();
                    for (EndUser user : users) {
                        choice.forAccount(known.getOrDefault(user.account(), AccountFacts.UNKNOWN))
                                .ifPresentOrElse(
                                        id -> toScore.computeIfAbsent(id, s -> new ArrayList<>())
                                                .add(user),
                                        () -> result.put(
                                                user,
                                                new Scored(
                                                        HealthScore.notApplicable(
                                                                "No PQL scorecard judges this user's account"),
                                                        null)));
                    }
                    return valuesFor(toScore, byId, today).map(values -> {
                        toScore.forEach((id, scored) -> scored.forEach(user -> result.put(
                                user,
                                new Scored(
                                        calculator.score(byId.get(id)
                                                .definition()
                                                .inputs(m -> m.isManual()
                                                        ? null
                                                        : values.getOrDefault(MetricReadPlan.key(m), Map.of())
                                                                .get(user))),
                                        byId.get(id)))));
                        return result;
                    });
                }));
    }

    /** Every metric value the scorecards need for their users, read as {@link MetricReadPlan} plans. */
    private Uni<Map<String, Map<EndUser, BigDecimal>>> valuesFor(
            Map<UUID, List<EndUser>> toScore, Map<UUID, ConfiguredScorecard> byId, LocalDate today) {
        MetricReadPlan<EndUser> plan = new MetricReadPlan<>(MetricReader.DAILY_FIGURES);
        toScore.forEach((id, users) -> byId.get(id).definition().measures().forEach(m -> plan.need(m, users)));
        Map<String, Map<EndUser, BigDecimal>> values = new HashMap<>();
        // One after another: a reactive session runs one statement at a time.
        Uni<Void> reading = Uni.createFrom().voidItem();
        for (SingleRead<EndUser> read : plan.singles()) {
            reading = reading.chain(
                    () -> metrics.values(read.metric(), read.subjects(), today.minusDays(read.windowDays() - 1))
                            .invoke(found -> values.put(read.key(), found))
                            .replaceWithVoid());
        }
        for (DailyPass<EndUser> pass : plan.dailyPasses()) {
            reading = reading.chain(() -> metrics.dailyValues(
                            pass.metrics(), pass.subjects(), today.minusDays(pass.windowDays() - 1))
                    .invoke(found -> found.forEach((metric, byUser) -> values.put(pass.keyOf(metric), byUser)))
                    .replaceWithVoid());
        }
        return reading.replaceWith(values);
    }
}
