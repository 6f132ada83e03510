package dev.tandem.cta.rule.domain;

import dev.tandem.cta.account.domain.AccountFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Matches rules against what just happened to an account: whether the rule was in force when it happened, the
 * trigger's edge, then the rule's segment limits. Re-entry limits and snoozes depend on stored history and are applied
 * by the caller to the rules returned here.
 */
public final class RuleEngine {

    private RuleEngine() {}

    /**
     * The enabled rules among {@code rules} that fire on {@code observation} for {@code account}, in given order.
     *
     * @param happenedAt when the observed change happened; rules saved after it leave it alone
     */
    public static List<Rule> matching(
            List<Rule> rules, AccountFacts account, Observation observation, Instant happenedAt) {
        List<Rule> fired = new ArrayList<>();
        for (Rule rule : rules) {
            RuleDefinition definition = rule.definition();
            if (definition.enabled()
                    && rule.inForceAt(happenedAt)
                    && observation.kinds().contains(definition.trigger().kind())
                    && (!(observation instanceof Observation.BandHeld) || definition.applyToCurrentState())
                    && TriggerEdges.fires(definition.trigger(), observation)
                    && definition.scope().admits(account)) {
                fired.add(rule);
            }
        }
        return fired;
    }
}
