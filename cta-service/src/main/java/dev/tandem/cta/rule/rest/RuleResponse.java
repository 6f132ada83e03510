package dev.tandem.cta.rule.rest;

import dev.tandem.cta.rule.domain.Action;
import dev.tandem.cta.rule.domain.ReentryPolicy;
import dev.tandem.cta.rule.domain.Rule;
import dev.tandem.cta.rule.domain.Scope;
import dev.tandem.cta.rule.domain.Trigger;
import java.util.List;
import java.util.UUID;

public record RuleResponse(
        UUID id,
        String name,
        boolean enabled,
        Trigger trigger,
        Scope scope,
        ReentryPolicy reentry,
        List<Action> actions) {

    static RuleResponse of(Rule rule) {
        var d = rule.definition();
        return new RuleResponse(rule.id(), d.name(), d.enabled(), d.trigger(), d.scope(), d.reentry(), d.actions());
    }
}
