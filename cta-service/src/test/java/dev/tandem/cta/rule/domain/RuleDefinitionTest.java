package dev.tandem.cta.rule.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.platform.problem.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleDefinitionTest {

    @Test
    void eachTriggerKindNamesWhatItMisses() {
        RuleDefinition drop = new RuleDefinition(
                "drop",
                true,
                TriggerEdgesTest.trigger(TriggerKind.SCORE_DROPPED).days(7).build(),
                null,
                null,
                List.of(cta()));

        assertThat(drop.problems())
                .containsExactly(
                        new FieldError("trigger.points", "must be a whole number of at least 1 for this trigger kind"));
    }

    @Test
    void actionsAreCheckedOneByOne() {
        RuleDefinition rule = new RuleDefinition(
                "webhook",
                true,
                TriggerEdgesTest.trigger(TriggerKind.ONBOARDING_FAILED).build(),
                null,
                null,
                List.of(
                        cta(),
                        new Action(
                                Action.Kind.CALL_WEBHOOK,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                "ftp://x",
                                null),
                        new Action(
                                Action.Kind.SEND_MESSAGE, null, null, null, null, null, null, null, null, null, null)));

        assertThat(rule.problems())
                .extracting(FieldError::field)
                .containsExactly("actions[1].url", "actions[2].templateId");
    }

    @Test
    void aRuleNeedsANameATriggerAndAnAction() {
        assertThat(new RuleDefinition(" ", true, null, null, null, null).problems())
                .extracting(FieldError::field)
                .containsExactly("name", "trigger", "actions");
    }

    private static Action cta() {
        return new Action(Action.Kind.CREATE_CTA, "RISK", null, null, null, null, null, null, null, null, null);
    }
}
