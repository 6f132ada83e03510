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
        String name, boolean enabled, Trigger trigger, Scope scope, ReentryPolicy reentry, List<Action> actions) {

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
        if (actions.isEmpty()) {
            problems.add(new FieldError("actions", "needs at least one action"));
        }
        for (int i = 0; i < actions.size(); i++) {
            problems.addAll(actions.get(i).problems("actions[" + i + "]"));
        }
        return problems;
    }
}
