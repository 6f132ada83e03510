package dev.tandem.cta.rule.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.cta.rule.domain.Resolution.BandState;
import dev.tandem.events.health.HealthBand;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolutionTest {

    private static final Instant LEFT_RED = Instant.parse("2026-11-01T08:00:00Z");
    private static final BandState GREEN = new BandState(HealthBand.GREEN, LEFT_RED);

    @Test
    void aRedCtaResolvesOnceTheAccountStayedOutOfRedForSevenDays() {
        RuleDefinition red = red(null);

        assertThat(Resolution.reason(red, false, GREEN, LEFT_RED.plus(Duration.ofDays(6))))
                .isEmpty();
        assertThat(Resolution.reason(red, false, GREEN, LEFT_RED.plus(Duration.ofDays(7))))
                .hasValue("Resolved by Tandem: out of RED since 2026-11-01 (GREEN now), 7 days as the rule \"red\""
                        + " sets");
    }

    @Test
    void aTakenCtaStaysOpen() {
        assertThat(Resolution.reason(red(null), true, GREEN, LEFT_RED.plus(Duration.ofDays(30))))
                .isEmpty();
    }

    @Test
    void anAccountStillInTheBandOrWithoutAScoreKeepsItsCta() {
        Instant later = LEFT_RED.plus(Duration.ofDays(30));

        assertThat(Resolution.reason(red(null), false, new BandState(HealthBand.RED, LEFT_RED), later))
                .isEmpty();
        assertThat(Resolution.reason(red(null), false, new BandState(null, LEFT_RED), later))
                .isEmpty();
        assertThat(Resolution.reason(red(null), false, null, later)).isEmpty();
    }

    @Test
    void theRuleSetsThePeriodAndZeroNeverResolves() {
        Instant threeDaysOut = LEFT_RED.plus(Duration.ofDays(3));

        assertThat(Resolution.reason(red(3), false, GREEN, threeDaysOut)).isPresent();
        assertThat(Resolution.reason(red(0), false, GREEN, LEFT_RED.plus(Duration.ofDays(365))))
                .isEmpty();
    }

    @Test
    void aConditionThePlatformCannotJudgeIsLeftToPeople() {
        RuleDefinition nps = new RuleDefinition(
                "nps",
                true,
                TriggerEdgesTest.trigger(TriggerKind.ONBOARDING_FAILED).build(),
                null,
                null,
                List.of(risk()));

        assertThat(Resolution.reason(nps, false, GREEN, LEFT_RED.plus(Duration.ofDays(30))))
                .isEmpty();
    }

    @Test
    void thePeriodIsBoundedAndCurrentStateIsForBandRulesOnly() {
        RuleDefinition tooLong = new RuleDefinition(
                "red",
                true,
                TriggerEdgesTest.trigger(TriggerKind.BAND_ENTERED)
                        .band(HealthBand.RED)
                        .build(),
                null,
                null,
                List.of(risk()),
                366,
                false);
        RuleDefinition pqlState = new RuleDefinition(
                "pql",
                true,
                TriggerEdgesTest.trigger(TriggerKind.PQL_CROSSED).threshold(70).build(),
                null,
                null,
                List.of(risk()),
                null,
                true);

        assertThat(tooLong.problems()).extracting(p -> p.field()).containsExactly("resolveAfterDays");
        assertThat(pqlState.problems()).extracting(p -> p.field()).containsExactly("applyToCurrentState");
    }

    @Test
    void aPqlCtaResolvesOnceTheScoreStayedUnderTheThresholdForTheRulesPeriod() {
        Trigger crossed =
                TriggerEdgesTest.trigger(TriggerKind.PQL_CROSSED).threshold(70).build();
        RuleDefinition pql = new RuleDefinition("pql", true, crossed, null, null, List.of(risk()), null, false);

        assertThat(Conditions.holds(crossed, new Observation.PqlObserved(75, 72)))
                .hasValue(true);
        assertThat(Conditions.holds(crossed, new Observation.PqlObserved(72, 55)))
                .hasValue(false);
        assertThat(Conditions.holds(crossed, new Observation.BandHeld(HealthBand.RED)))
                .as("an observation of something else says nothing")
                .isEmpty();
        assertThat(Resolution.clearedReason(pql, false, null, LEFT_RED.plus(Duration.ofDays(30))))
                .as("the condition still holds")
                .isEmpty();
        assertThat(Resolution.clearedReason(pql, false, LEFT_RED, LEFT_RED.plus(Duration.ofDays(6))))
                .isEmpty();
        assertThat(Resolution.clearedReason(pql, true, LEFT_RED, LEFT_RED.plus(Duration.ofDays(7))))
                .as("taken")
                .isEmpty();
        assertThat(Resolution.clearedReason(pql, false, LEFT_RED, LEFT_RED.plus(Duration.ofDays(7))))
                .hasValue("Resolved by Tandem: no longer PQL score at or above 70 since 2026-11-01, 7 days as the"
                        + " rule \"pql\" sets");
    }

    @Test
    void aDecisionMakerOutOfTouchFiresPastTheDaysAndClearsAtOnceOnContact() {
        Trigger outOfTouch = TriggerEdgesTest.trigger(TriggerKind.NO_DECISION_MAKER_CONTACT)
                .days(30)
                .build();
        RuleDefinition rule = new RuleDefinition("dm", true, outOfTouch, null, null, List.of(risk()), null, false);
        Instant now = LEFT_RED;

        assertThat(TriggerEdges.fires(
                        outOfTouch, new Observation.DecisionMakerContactObserved(now.minus(Duration.ofDays(29)), now)))
                .isFalse();
        assertThat(TriggerEdges.fires(
                        outOfTouch, new Observation.DecisionMakerContactObserved(now.minus(Duration.ofDays(30)), now)))
                .isTrue();
        assertThat(TriggerEdges.fires(outOfTouch, new Observation.DecisionMakerContactObserved(null, now)))
                .as("none on record")
                .isTrue();
        assertThat(Conditions.holds(outOfTouch, new Observation.DecisionMakerContactObserved(now, now)))
                .hasValue(false);
        assertThat(Resolution.clearedReason(rule, false, now, now))
                .as("a recorded contact is a fact: no waiting period")
                .hasValue("Resolved by Tandem: no longer without a touchpoint with a decision maker for 30 days since"
                        + " 2026-11-01 (rule \"dm\")");
        assertThat(Resolution.clearedReason(rule, true, now, now)).as("taken").isEmpty();
    }

    @Test
    void seatsNearlyUsedClearsWhenSeatsAreAddedOrFreedAndDropsAreLeftToPeople() {
        Trigger seats = TriggerEdgesTest.trigger(TriggerKind.SEATS_NEARLY_USED).build();
        Trigger dropped = TriggerEdgesTest.trigger(TriggerKind.SCORE_DROPPED)
                .points(20)
                .days(14)
                .build();
        RuleDefinition drop = new RuleDefinition("drop", true, dropped, null, null, List.of(risk()), null, false);

        assertThat(Conditions.holds(seats, new Observation.SeatsObserved(9, 10, 9, 10)))
                .hasValue(true);
        assertThat(Conditions.holds(seats, new Observation.SeatsObserved(9, 10, 9, 20)))
                .hasValue(false);
        assertThat(Conditions.followed(TriggerKind.SCORE_DROPPED)).isFalse();
        assertThat(Resolution.clearedReason(drop, false, LEFT_RED, LEFT_RED.plus(Duration.ofDays(30))))
                .isEmpty();
    }

    private static RuleDefinition red(Integer resolveAfterDays) {
        return new RuleDefinition(
                "red",
                true,
                TriggerEdgesTest.trigger(TriggerKind.BAND_ENTERED)
                        .band(HealthBand.RED)
                        .build(),
                null,
                null,
                List.of(risk()),
                resolveAfterDays,
                false);
    }

    private static Action risk() {
        return new Action(Action.Kind.CREATE_CTA, "RISK", null, null, null, null, null, null, null, null, null);
    }
}
