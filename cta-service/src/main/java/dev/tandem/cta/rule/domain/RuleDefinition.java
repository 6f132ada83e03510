package dev.tandem.cta.rule.domain;

import dev.tandem.platform.problem.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a cs-admin configures about a rule.
 *
 * <p>A health rule whose scope names no stage judges paying customers only ({@link Scope#PAYING}): free and trial
 * accounts are worked by PQL rules, and a free account's low health is no risk to anyone's revenue.
 */
public record RuleDefinition(
        String name,
        boolean enabled,
        Trigger trigger,
        Scope scope,
        ReentryPolicy reentry,
        List<Action> actions,
        Integer resolveAfterDays,
        boolean applyToCurrentState) {

    /** How long a condition must stay cleared before the platform resolves the CTA it opened, unless a rule says. */
    public static final int DEFAULT_RESOLVE_AFTER_DAYS = 7;

    static final int MAX_RESOLVE_AFTER_DAYS = 365;

    /** A rule that resolves after the default period and leaves accounts already in its state alone. */
    public RuleDefinition(
            String name, boolean enabled, Trigger trigger, Scope scope, ReentryPolicy reentry, List<Action> actions) {
        this(name, enabled, trigger, scope, reentry, actions, null, false);
    }

    public RuleDefinition {
        scope = scope == null ? Scope.EVERYONE : scope;
        if (trigger != null && trigger.kind() != null && trigger.kind().judgesHealth()) {
            scope = scope.stagesOr(Scope.PAYING);
        }
        reentry = reentry == null ? ReentryPolicy.EVERY_TIME : reentry;
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** Field errors a client can act on; empty when the rule can run. */
    public List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new FieldError("name", "is required"));
        }
        if (trigger == null) {
            problems.add(new FieldError("trigger", "is required"));
        } else {
            trigger.problems().forEach(p -> problems.add(new FieldError("trigger." + p.field(), p.reason())));
        }
        problems.addAll(reentry.problems());
        if (resolveAfterDays != null && (resolveAfterDays < 0 || resolveAfterDays > MAX_RESOLVE_AFTER_DAYS)) {
            problems.add(new FieldError(
                    "resolveAfterDays", "must be between 0 (never resolve by itself) and " + MAX_RESOLVE_AFTER_DAYS));
        }
        if (applyToCurrentState && trigger != null && trigger.kind() != TriggerKind.BAND_ENTERED) {
            problems.add(new FieldError(
                    "applyToCurrentState",
                    "applies to BAND_ENTERED rules only: the band is the state an account is in"));
        }
        if (actions.isEmpty()) {
            problems.add(new FieldError("actions", "needs at least one action"));
        }
        for (int i = 0; i < actions.size(); i++) {
            problems.addAll(actions.get(i).problems("actions[" + i + "]"));
        }
        return problems;
    }

    /** The days a cleared condition waits before its CTA is resolved; 0 when the rule never resolves by itself. */
    public int resolveAfter() {
        return resolveAfterDays == null ? DEFAULT_RESOLVE_AFTER_DAYS : resolveAfterDays;
    }
}
