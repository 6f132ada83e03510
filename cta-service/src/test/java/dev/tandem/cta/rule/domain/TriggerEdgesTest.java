package dev.tandem.cta.rule.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.cta.account.domain.AccountFacts;
import dev.tandem.cta.account.domain.ScorePoint;
import dev.tandem.cta.rule.domain.Observation.OnboardingObserved;
import dev.tandem.cta.rule.domain.Observation.OnboardingOutcome;
import dev.tandem.cta.rule.domain.Observation.PqlObserved;
import dev.tandem.cta.rule.domain.Observation.RenewalObserved;
import dev.tandem.cta.rule.domain.Observation.ScoreObserved;
import dev.tandem.cta.rule.domain.Observation.SeatsObserved;
import dev.tandem.cta.rule.domain.Observation.SegmentObserved;
import dev.tandem.cta.rule.domain.Observation.SignalObserved;
import dev.tandem.cta.rule.domain.Observation.StageObserved;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.health.HealthBand;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriggerEdgesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void bandEnteredFiresOnTheWayInNotWhileInside() {
        Trigger red = trigger(TriggerKind.BAND_ENTERED).band(HealthBand.RED).build();

        assertThat(fires(red, score(55, 38, HealthBand.YELLOW, HealthBand.RED))).isTrue();
        assertThat(fires(red, score(null, 20, null, HealthBand.RED))).isTrue();
        assertThat(fires(red, score(38, 30, HealthBand.RED, HealthBand.RED))).isFalse();
        assertThat(fires(red, score(30, 60, HealthBand.RED, HealthBand.YELLOW))).isFalse();
    }

    @Test
    void scoreDropFiresWhenTheDropFromTheWindowsPeakReachesThePoints() {
        Trigger drop = trigger(TriggerKind.SCORE_DROPPED).points(20).days(14).build();
        List<ScorePoint> history = List.of(point(20, 90), point(10, 80), point(2, 70));

        // 80 is the peak within 14 days; 90 is older. 70 -> 59 is a drop of 21 from the peak, 10 from 70 before.
        assertThat(fires(drop, drop(70, 59, history))).isTrue();
        // Still 21+ below the peak, but it was already: the level persists.
        assertThat(fires(drop, drop(59, 55, append(history, point(1, 59))))).isFalse();
        // Not enough: 80 -> 65 is 15.
        assertThat(fires(drop, drop(70, 65, history))).isFalse();
    }

    @Test
    void scoreDropIgnoresScoresOutsideTheWindow() {
        Trigger drop = trigger(TriggerKind.SCORE_DROPPED).points(20).days(7).build();

        assertThat(fires(drop, drop(70, 65, List.of(point(30, 95), point(3, 70)))))
                .isFalse();
    }

    @Test
    void seatsFireWhenUtilisationReachesThePercentNotWhileAbove() {
        Trigger seats = trigger(TriggerKind.SEATS_NEARLY_USED).build();

        assertThat(fires(seats, new SeatsObserved(8, 10, 9, 10))).isTrue();
        assertThat(fires(seats, new SeatsObserved(9, 10, 10, 10))).isFalse();
        // More seats bought: utilisation falls below, then rises again and fires again.
        assertThat(fires(seats, new SeatsObserved(10, 10, 10, 20))).isFalse();
        assertThat(fires(seats, new SeatsObserved(17, 20, 18, 20))).isTrue();
        assertThat(fires(seats, new SeatsObserved(0, 0, 3, 0))).isFalse();
    }

    @Test
    void seatsHonourAConfiguredPercent() {
        Trigger seats = trigger(TriggerKind.SEATS_NEARLY_USED).percent(75).build();

        assertThat(fires(seats, new SeatsObserved(7, 10, 8, 10))).isTrue();
        assertThat(fires(seats, new SeatsObserved(6, 10, 7, 10))).isFalse();
    }

    @Test
    void activeUsersDropFiresTheWeekItDropsNotTheWeeksItStaysLow() {
        Trigger halved = trigger(TriggerKind.ACTIVE_USERS_DROPPED).percent(50).build();

        assertThat(fires(halved, new Observation.ActiveUsersObserved(10, 10, 5)))
                .isTrue();
        assertThat(fires(halved, new Observation.ActiveUsersObserved(10, 10, 6)))
                .isFalse();
        assertThat(fires(halved, new Observation.ActiveUsersObserved(10, 4, 1))).isFalse();
        assertThat(fires(halved, new Observation.ActiveUsersObserved(0, 0, 0))).isFalse();
        assertThat(fires(halved, new Observation.ActiveUsersObserved(0, 3, 0))).isTrue();
    }

    @Test
    void renewalFiresWithinTheWindowAndNotForPastRenewals() {
        Trigger renewal = trigger(TriggerKind.RENEWAL_APPROACHING).days(90).build();
        LocalDate today = LocalDate.parse("2026-11-20");

        assertThat(fires(renewal, new RenewalObserved(today.plusDays(90), today)))
                .isTrue();
        assertThat(fires(renewal, new RenewalObserved(today.plusDays(91), today)))
                .isFalse();
        assertThat(fires(renewal, new RenewalObserved(today.minusDays(1), today)))
                .isFalse();
    }

    @Test
    void pqlFiresWhenTheThresholdIsCrossedUpwards() {
        Trigger pql = trigger(TriggerKind.PQL_CROSSED).threshold(70).build();

        assertThat(fires(pql, new PqlObserved(60, 72))).isTrue();
        assertThat(fires(pql, new PqlObserved(null, 70))).isTrue();
        assertThat(fires(pql, new PqlObserved(72, 80))).isFalse();
        assertThat(fires(pql, new PqlObserved(80, 50))).isFalse();
    }

    @Test
    void signalFilterMatchesTypeNameValueRangeAndProperties() {
        Trigger detractor = trigger(TriggerKind.SIGNAL_MATCHED)
                .signal(new SignalFilter("nps_response", null, null, 6.0, Map.of()))
                .build();
        Trigger urgentTicket = trigger(TriggerKind.SIGNAL_MATCHED)
                .signal(new SignalFilter("ticket_opened", null, null, null, Map.of("priority", "urgent")))
                .build();

        assertThat(fires(detractor, signal("nps_response", null, 3.0, Map.of())))
                .isTrue();
        assertThat(fires(detractor, signal("nps_response", null, 9.0, Map.of())))
                .isFalse();
        assertThat(fires(detractor, signal("nps_response", null, null, Map.of())))
                .isFalse();
        assertThat(fires(detractor, signal("login", null, 3.0, Map.of()))).isFalse();
        assertThat(fires(urgentTicket, signal("ticket_opened", null, null, Map.of("priority", "urgent"))))
                .isTrue();
        assertThat(fires(urgentTicket, signal("ticket_opened", null, null, Map.of("priority", "low"))))
                .isFalse();
    }

    @Test
    void stageAndSegmentFireOnEntryOnly() {
        Trigger renewalStage =
                trigger(TriggerKind.STAGE_ENTERED).stage(LifecycleStage.RENEWAL).build();
        Trigger techTouch =
                trigger(TriggerKind.SEGMENT_ENTERED).touchModel(TouchModel.TECH).build();

        assertThat(fires(renewalStage, new StageObserved(LifecycleStage.ADOPTION, LifecycleStage.RENEWAL)))
                .isTrue();
        assertThat(fires(renewalStage, new StageObserved(LifecycleStage.RENEWAL, LifecycleStage.RENEWAL)))
                .isFalse();
        assertThat(fires(techTouch, new SegmentObserved(TouchModel.LOW, TouchModel.TECH)))
                .isTrue();
        assertThat(fires(techTouch, new SegmentObserved(TouchModel.TECH, TouchModel.TECH)))
                .isFalse();
    }

    @Test
    void onboardingOutcomesFireTheirOwnKind() {
        Trigger failed = trigger(TriggerKind.ONBOARDING_FAILED).build();

        assertThat(fires(failed, new OnboardingObserved(OnboardingOutcome.FAILED)))
                .isTrue();
        assertThat(fires(failed, new OnboardingObserved(OnboardingOutcome.EXTENDED)))
                .isFalse();
    }

    @Test
    void engineAppliesSegmentLimits() {
        Trigger red = trigger(TriggerKind.BAND_ENTERED).band(HealthBand.RED).build();
        Rule highTouchOnly = new Rule(
                java.util.UUID.randomUUID(),
                new RuleDefinition(
                        "red high-touch",
                        true,
                        red,
                        new Scope(java.util.Set.of(TouchModel.HIGH), null, null),
                        null,
                        List.of()),
                NOW);
        AccountFacts high = facts(TouchModel.HIGH);
        AccountFacts tech = facts(TouchModel.TECH);
        Observation entered = score(60, 30, HealthBand.YELLOW, HealthBand.RED);

        assertThat(RuleEngine.matching(List.of(highTouchOnly), high, entered, NOW))
                .hasSize(1);
        assertThat(RuleEngine.matching(List.of(highTouchOnly), tech, entered, NOW))
                .isEmpty();
    }

    @Test
    void engineLeavesWhatHappenedBeforeTheRuleCameIntoForce() {
        Trigger red = trigger(TriggerKind.BAND_ENTERED).band(HealthBand.RED).build();
        Rule savedNow = new Rule(
                java.util.UUID.randomUUID(),
                new RuleDefinition("red", true, red, Scope.EVERYONE, null, List.of()),
                NOW);
        Observation entered = score(60, 30, HealthBand.YELLOW, HealthBand.RED);
        AccountFacts account = facts(TouchModel.HIGH);

        assertThat(RuleEngine.matching(List.of(savedNow), account, entered, NOW.minusMillis(1)))
                .as("a band crossed a moment before the rule was saved, reaching cta-service after")
                .isEmpty();
        assertThat(RuleEngine.matching(List.of(savedNow), account, entered, NOW))
                .hasSize(1);
        assertThat(RuleEngine.matching(List.of(savedNow), account, entered, NOW.plusSeconds(60)))
                .hasSize(1);
    }

    @Test
    void aRuleForAccountsAlreadyInItsBandTakesAScoreComputedBeforeItWasSwitchedOnAndReceivedAfter() {
        Trigger red = trigger(TriggerKind.BAND_ENTERED).band(HealthBand.RED).build();
        Rule savedNow = new Rule(
                java.util.UUID.randomUUID(),
                new RuleDefinition("red", true, red, Scope.EVERYONE, null, List.of(), null, true),
                NOW);
        AccountFacts account = facts(TouchModel.HIGH);

        assertThat(RuleEngine.matching(
                        List.of(savedNow),
                        account,
                        score(60, 30, HealthBand.YELLOW, HealthBand.RED),
                        NOW.minusSeconds(5)))
                .as("the pass over accounts in the band when the rule was switched on could not see this score yet")
                .hasSize(1);
        assertThat(RuleEngine.matching(
                        List.of(savedNow), account, score(30, 25, HealthBand.RED, HealthBand.RED), NOW.minusSeconds(5)))
                .as("an account already Red then was the pass's to take")
                .isEmpty();
    }

    static AccountFacts facts(TouchModel touchModel) {
        return new AccountFacts(
                java.util.UUID.randomUUID(),
                "Acme",
                "Growth",
                LifecycleStage.ADOPTION,
                touchModel,
                null,
                50,
                null,
                null,
                null);
    }

    private static boolean fires(Trigger trigger, Observation observation) {
        return TriggerEdges.fires(trigger, observation);
    }

    private static ScoreObserved score(Integer previous, int score, HealthBand previousBand, HealthBand band) {
        return new ScoreObserved(previous, score, previousBand, band, NOW, List.of());
    }

    private static ScoreObserved drop(int previous, int score, List<ScorePoint> history) {
        return new ScoreObserved(previous, score, null, null, NOW, history);
    }

    private static ScorePoint point(int daysAgo, int score) {
        return new ScorePoint(NOW.minusSeconds(daysAgo * 86_400L), score);
    }

    private static List<ScorePoint> append(List<ScorePoint> history, ScorePoint point) {
        var all = new java.util.ArrayList<>(history);
        all.add(point);
        return all;
    }

    private static SignalObserved signal(String type, String name, Double value, Map<String, Object> properties) {
        return new SignalObserved(type, name, value, properties);
    }

    static TriggerBuilder trigger(TriggerKind kind) {
        return new TriggerBuilder(kind);
    }

    /** Builds triggers in tests without a row of nulls. */
    static final class TriggerBuilder {
        private final TriggerKind kind;
        private HealthBand band;
        private Integer points;
        private Integer days;
        private Integer percent;
        private Integer threshold;
        private LifecycleStage stage;
        private TouchModel touchModel;
        private SignalFilter signal;

        TriggerBuilder(TriggerKind kind) {
            this.kind = kind;
        }

        TriggerBuilder band(HealthBand value) {
            band = value;
            return this;
        }

        TriggerBuilder points(int value) {
            points = value;
            return this;
        }

        TriggerBuilder days(int value) {
            days = value;
            return this;
        }

        TriggerBuilder percent(int value) {
            percent = value;
            return this;
        }

        TriggerBuilder threshold(int value) {
            threshold = value;
            return this;
        }

        TriggerBuilder stage(LifecycleStage value) {
            stage = value;
            return this;
        }

        TriggerBuilder touchModel(TouchModel value) {
            touchModel = value;
            return this;
        }

        TriggerBuilder signal(SignalFilter value) {
            signal = value;
            return this;
        }

        Trigger build() {
            return new Trigger(kind, band, points, days, percent, threshold, stage, touchModel, signal);
        }
    }
}
