package dev.tandem.cta.rule.rest;

import dev.tandem.cta.delivery.domain.UrlRedaction;
import dev.tandem.cta.rule.domain.Action;
import dev.tandem.cta.rule.domain.ReentryPolicy;
import dev.tandem.cta.rule.domain.Rule;
import dev.tandem.cta.rule.domain.Scope;
import dev.tandem.cta.rule.domain.Trigger;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RuleResponse(
        UUID id,
        String name,
        boolean enabled,
        Trigger trigger,
        Scope scope,
        ReentryPolicy reentry,
        List<Action> actions,
        int resolveAfterDays,
        boolean applyToCurrentState,

        @Schema(description = "When the rule's current version was saved: it acts on what happens from then on")
        Instant inForceSince) {

    /** The rule as its cs-admins wrote it, webhook URLs included. */
    static RuleResponse of(Rule rule) {
        return of(rule, true);
    }

    /**
     * @param urlsVisible whether the caller may see webhook and messaging URLs whole (cs-admins); for others they are
     *     cut to their host, as they often hold the receiver's credential
     */
    static RuleResponse of(Rule rule, boolean urlsVisible) {
        var d = rule.definition();
        List<Action> actions = urlsVisible
                ? d.actions()
                : d.actions().stream().map(RuleResponse::redacted).toList();
        return new RuleResponse(
                rule.id(),
                d.name(),
                d.enabled(),
                d.trigger(),
                d.scope(),
                d.reentry(),
                actions,
                d.resolveAfter(),
                d.applyToCurrentState(),
                rule.inForceSince());
    }

    private static Action redacted(Action a) {
        return new Action(
                a.kind(),
                a.ctaType(),
                a.reason(),
                a.priority(),
                a.dueInDays(),
                a.defaultOwner(),
                a.team(),
                a.playbookId(),
                a.templateId(),
                UrlRedaction.redact(a.url()),
                a.format(),
                a.surveyId(),
                a.roles(),
                a.throttleDays(),
                a.delayDays());
    }
}
