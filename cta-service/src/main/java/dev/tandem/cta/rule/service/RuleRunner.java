package dev.tandem.cta.rule.service;

import dev.tandem.cta.account.repository.AccountFactsReader;
import dev.tandem.cta.rule.domain.Conditions;
import dev.tandem.cta.rule.domain.Observation;
import dev.tandem.cta.rule.domain.ReentryPolicy;
import dev.tandem.cta.rule.domain.Rule;
import dev.tandem.cta.rule.domain.RuleEngine;
import dev.tandem.cta.rule.domain.SignalFilter;
import dev.tandem.cta.rule.domain.Trigger;
import dev.tandem.cta.rule.domain.TriggerContext;
import dev.tandem.cta.rule.domain.TriggerKind;
import dev.tandem.cta.rule.repository.ClearedConditions;
import dev.tandem.cta.rule.repository.FiringStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs the rules on what happened to an account, inside the caller's transaction (a consumed event's, or a scheduler
 * run's), so the firing record, the CTAs and messages it creates and their events all commit with it or not at all.
 *
 * <p>A matched rule fires unless its re-entry policy is used up, a CTA it would add to is snoozed, or it already fired
 * for this trigger; only then are its actions run, in order.
 */
@ApplicationScoped
public class RuleRunner {

    private final RuleCatalog catalog;
    private final AccountFactsReader accounts;
    private final FiringStore firings;
    private final RuleActions actions;
    private final ClearedConditions cleared;
    private final Clock clock;

    public RuleRunner(
            RuleCatalog catalog,
            AccountFactsReader accounts,
            FiringStore firings,
            RuleActions actions,
            ClearedConditions cleared,
            Clock clock) {
        this.catalog = catalog;
        this.accounts = accounts;
        this.firings = firings;
        this.actions = actions;
        this.cleared = cleared;
        this.clock = clock;
    }

    /** Whether any enabled rule has a trigger of {@code kind}; lets consumers skip lookups no rule needs. */
    public Uni<Boolean> watches(TriggerKind kind) {
        return catalog.enabled()
                .map(rules -> rules.stream()
                        .anyMatch(rule -> rule.definition().trigger().kind() == kind));
    }

    /**
     * The signal filters of the enabled {@code SIGNAL_MATCHED} rules: a signal none of them matches cannot fire a rule,
     * so a consumer skips reading its account and user, which most signals would need for nothing.
     */
    public Uni<List<SignalFilter>> signalFilters() {
        return catalog.enabled()
                .map(rules -> rules.stream()
                        .map(rule -> rule.definition().trigger())
                        .filter(trigger -> trigger.kind() == TriggerKind.SIGNAL_MATCHED)
                        .map(Trigger::signal)
                        .toList());
    }

    /** @return how many rules fired */
    public Uni<Integer> observe(UUID accountId, Observation observation, TriggerContext trigger) {
        return catalog.enabled().chain(rules -> {
            List<Rule> candidates = rules.stream()
                    .filter(rule -> observation
                            .kinds()
                            .contains(rule.definition().trigger().kind()))
                    .toList();
            if (candidates.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            return observe(candidates, accountId, observation, trigger)
                    .call(() -> follow(candidates, accountId, observation, trigger.at()));
        });
    }

    /**
     * Notes for each rule whose condition the platform follows whether the observation finds it holding or cleared on
     * the rule's open CTAs of the account, from which the sweep resolves them ({@link Conditions}).
     */
    private Uni<Void> follow(List<Rule> rules, UUID accountId, Observation observation, Instant at) {
        Uni<Void> followed = Uni.createFrom().voidItem();
        for (Rule rule : rules) {
            Trigger trigger = rule.definition().trigger();
            if (Conditions.followed(trigger.kind())) {
                Optional<Boolean> holds = Conditions.holds(trigger, observation);
                if (holds.isPresent()) {
                    followed = followed.chain(() -> cleared.observed(rule.id(), accountId, holds.get(), at));
                }
            }
        }
        return followed;
    }

    /** Runs one rule, enabled or just saved, on what was observed of an account; @return how many rules fired */
    public Uni<Integer> observe(Rule rule, UUID accountId, Observation observation, TriggerContext trigger) {
        return observe(List.of(rule), accountId, observation, trigger);
    }

    private Uni<Integer> observe(
            List<Rule> candidates, UUID accountId, Observation observation, TriggerContext trigger) {
        return accounts.of(accountId).chain(account -> {
            List<Rule> matched = RuleEngine.matching(candidates, account, observation, trigger.at());
            Uni<Integer> fired = Uni.createFrom().item(0);
            for (Rule rule : matched) {
                fired = fired.chain(count -> fire(rule, accountId, trigger)
                        .chain(didFire -> didFire
                                ? actions.run(rule, account, trigger).replaceWith(count + 1)
                                : Uni.createFrom().item(count)));
            }
            return fired;
        });
    }

    /** Decides whether a matched rule really fires, and records it if so. */
    private Uni<Boolean> fire(Rule rule, UUID accountId, TriggerContext trigger) {
        Instant now = clock.instant();
        ReentryPolicy reentry = rule.definition().reentry();
        Uni<Boolean> allowed = reentry.mode() == ReentryPolicy.Mode.EVERY_TIME
                ? Uni.createFrom().item(true)
                : firings.lock(rule.id(), accountId)
                        .chain(() -> firings.since(rule.id(), accountId, reentry.lookBackFrom(now)))
                        .map(earlier -> reentry.allows(earlier, now));
        return allowed.chain(ok ->
                        ok ? actions.snoozed(rule, accountId) : Uni.createFrom().item(true))
                .chain(blocked -> blocked
                        ? Uni.createFrom().item(false)
                        : firings.record(rule.id(), accountId, trigger.key(), now));
    }
}
