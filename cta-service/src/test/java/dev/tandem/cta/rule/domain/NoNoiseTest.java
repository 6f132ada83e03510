package dev.tandem.cta.rule.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.cta.account.domain.AccountFacts;
import dev.tandem.cta.account.domain.ScorePoint;
import dev.tandem.cta.rule.domain.Observation.ScoreObserved;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.health.HealthBand;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Health rules act on scores that rest on data, for the customers who pay; everything else is noise. */
class NoNoiseTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final Trigger RED = TriggerEdgesTest.trigger(TriggerKind.BAND_ENTERED)
            .band(HealthBand.RED)
            .build();
    private static final Trigger DROP = TriggerEdgesTest.trigger(TriggerKind.SCORE_DROPPED)
            .points(10)
            .days(14)
            .build();

    @Test
    void anNaScoreFiresNoHealthRule() {
        ScoreObserved na = new ScoreObserved(62, null, HealthBand.YELLOW, null, NOW, List.of(), true);

        assertThat(TriggerEdges.fires(RED, na)).isFalse();
        assertThat(TriggerEdges.fires(DROP, na)).isFalse();
    }

    @Test
    void aFirstScoreEntersItsBandOnlyWithData() {
        ScoreObserved noData = new ScoreObserved(null, 0, null, HealthBand.RED, NOW, List.of(), false);
        ScoreObserved measured = new ScoreObserved(null, 20, null, HealthBand.RED, NOW, List.of(), true);

        assertThat(TriggerEdges.fires(RED, noData)).isFalse();
        assertThat(TriggerEdges.fires(RED, measured)).isTrue();
    }

    @Test
    void aScoreWithoutDataAfterAHighOneIsNoDrop() {
        ScoreObserved noData = new ScoreObserved(
                90,
                0,
                HealthBand.GREEN,
                HealthBand.RED,
                NOW,
                List.of(new ScorePoint(NOW.minusSeconds(86_400), 90)),
                false);

        assertThat(TriggerEdges.fires(DROP, noData)).isFalse();
    }

    @Test
    void aHealthRuleWithoutStagesJudgesPayingCustomersOnly() {
        RuleDefinition rule = new RuleDefinition("red", true, RED, null, null, List.of(riskCta()));
        ScoreObserved red = new ScoreObserved(55, 30, HealthBand.YELLOW, HealthBand.RED, NOW, List.of(), true);

        assertThat(rule.scope().stages()).isEqualTo(Scope.PAYING);
        assertThat(matches(rule, LifecycleStage.ADOPTION, red)).isTrue();
        assertThat(matches(rule, LifecycleStage.RENEWAL, red)).isTrue();
        assertThat(matches(rule, LifecycleStage.FREE, red)).isFalse();
        assertThat(matches(rule, LifecycleStage.TRIAL, red)).isFalse();
    }

    @Test
    void anAccountWhoseStageIsNotKnownYetIsOutsideAHealthRule() {
        RuleDefinition rule = new RuleDefinition("red", true, RED, null, null, List.of(riskCta()));
        ScoreObserved red = new ScoreObserved(55, 30, HealthBand.YELLOW, HealthBand.RED, NOW, List.of(), true);

        assertThat(matches(rule, null, red)).isFalse();
    }

    @Test
    void aHealthRuleNamingStagesJudgesThoseAndOtherRulesAreNotLimited() {
        Scope free = new Scope(Set.of(), Set.of(LifecycleStage.FREE), Set.of());
        RuleDefinition freeHealth = new RuleDefinition("free red", true, RED, free, null, List.of(riskCta()));
        RuleDefinition pql = new RuleDefinition(
                "pql",
                true,
                TriggerEdgesTest.trigger(TriggerKind.PQL_CROSSED).threshold(70).build(),
                null,
                null,
                List.of(riskCta()));

        assertThat(freeHealth.scope().stages()).containsExactly(LifecycleStage.FREE);
        assertThat(pql.scope().stages()).isEmpty();
    }

    @Test
    void anAccountAlreadyInTheBandFiresOnlyRulesThatOptedIn() {
        Observation held = new Observation.BandHeld(HealthBand.RED);
        RuleDefinition edgesOnly = new RuleDefinition("red", true, RED, null, null, List.of(riskCta()));
        RuleDefinition optedIn = new RuleDefinition("red now", true, RED, null, null, List.of(riskCta()), null, true);

        assertThat(matches(edgesOnly, LifecycleStage.ADOPTION, held)).isFalse();
        assertThat(matches(optedIn, LifecycleStage.ADOPTION, held)).isTrue();
        assertThat(matches(optedIn, LifecycleStage.FREE, held)).isFalse();
        assertThat(TriggerEdges.fires(RED, new Observation.BandHeld(HealthBand.YELLOW)))
                .isFalse();
    }

    private static boolean matches(RuleDefinition definition, LifecycleStage stage, Observation observation) {
        Rule rule = new Rule(UUID.randomUUID(), definition, NOW.minusSeconds(60));
        AccountFacts account = new AccountFacts(
                UUID.randomUUID(), "Acme", "Growth", stage, TouchModel.HIGH, null, 30, null, null, null);
        return !RuleEngine.matching(List.of(rule), account, observation, NOW).isEmpty();
    }

    private static Action riskCta() {
        return new Action(Action.Kind.CREATE_CTA, "RISK", null, null, null, null, null, null, null, null, null);
    }
}
