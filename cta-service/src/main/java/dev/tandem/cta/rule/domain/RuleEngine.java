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
                    && (rule.inForceAt(happenedAt) || catchesUp(definition, observation))
                    && observation.kinds().contains(definition.trigger().kind())
                    && (!(observation instanceof Observation.BandHeld) || definition.applyToCurrentState())
                    && TriggerEdges.fires(definition.trigger(), observation)
                    && definition.scope().admits(account)) {
                fired.add(rule);
            }
        }
        return fired;
    }

    /**
     * A rule that applies to accounts already in its band acts on a score computed before it was switched on and
     * received after: when it was switched on, cta-service had not yet heard of that score, so the pass over the
     * accounts then in the band missed it, and without this the account would fall between the pass and the edges.
     * Health events of an account arrive in order, so the score is the latest known; should a later one have taken
     * the account out of the band meanwhile, the CTA resolves itself as any other.
     */
    private static boolean catchesUp(RuleDefinition definition, Observation observation) {
        return definition.applyToCurrentState() && observation instanceof Observation.ScoreObserved;
    }
}
