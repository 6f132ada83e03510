package dev.tandem.cta.rule.domain;

import dev.tandem.cta.account.domain.AccountFacts;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import java.util.Set;

/**
 * The segments a rule is limited to. An empty set does not limit; a set limits to accounts whose value is in it, so an
 * account whose value is not known yet is left out.
 */
public record Scope(Set<TouchModel> touchModels, Set<LifecycleStage> stages, Set<String> plans) {

    public static final Scope EVERYONE = new Scope(Set.of(), Set.of(), Set.of());

    /** The stages of customers who pay: what health rules judge unless their scope names other stages. */
    public static final Set<LifecycleStage> PAYING =
            Set.of(LifecycleStage.ONBOARDING, LifecycleStage.ADOPTION, LifecycleStage.RENEWAL);

    public Scope {
        touchModels = touchModels == null ? Set.of() : Set.copyOf(touchModels);
        stages = stages == null ? Set.of() : Set.copyOf(stages);
        plans = plans == null ? Set.of() : Set.copyOf(plans);
    }

    /** This scope, limited to {@code defaultStages} when it names no stage itself. */
    public Scope stagesOr(Set<LifecycleStage> defaultStages) {
        return stages.isEmpty() ? new Scope(touchModels, defaultStages, plans) : this;
    }

    public boolean admits(AccountFacts account) {
        return limitedTo(touchModels, account.touchModel())
                && limitedTo(stages, account.stage())
                && limitedTo(plans, account.plan());
    }

    /** An unknown value is outside any limit; immutable sets refuse to be asked about null, so it is checked first. */
    private static <T> boolean limitedTo(Set<T> allowed, T value) {
        return allowed.isEmpty() || (value != null && allowed.contains(value));
    }
}
