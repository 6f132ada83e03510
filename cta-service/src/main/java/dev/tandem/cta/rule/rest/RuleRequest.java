package dev.tandem.cta.rule.rest;

import dev.tandem.cta.rule.domain.Action;
import dev.tandem.cta.rule.domain.ReentryPolicy;
import dev.tandem.cta.rule.domain.RuleDefinition;
import dev.tandem.cta.rule.domain.Scope;
import dev.tandem.cta.rule.domain.Trigger;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rule as a cs-admin writes it; {@code enabled} defaults to true. What each trigger kind and action needs is checked
 * by the domain and answered with field errors such as {@code trigger.points}.
 */
public record RuleRequest(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String name,

        Boolean enabled,
        @NotNull(message = "is required") Trigger trigger,
        Scope scope,
        ReentryPolicy reentry,

        @NotNull(message = "is required") @Size(min = 1, max = 10, message = "must have 1 to 10 actions")
        List<@NotNull(message = "must not be null") Action> actions,

        @Schema(
                description = "Days the condition must stay cleared before the platform resolves the CTA it opened"
                        + " (default 7; 0: never)")
        Integer resolveAfterDays,

        @Schema(
                description = "BAND_ENTERED only: when saved or switched on, open CTAs once for accounts already in"
                        + " the band")
        Boolean applyToCurrentState) {

    RuleDefinition toDefinition() {
        return new RuleDefinition(
                name,
                enabled == null || enabled,
                trigger,
                scope,
                reentry,
                actions,
                resolveAfterDays,
                applyToCurrentState != null && applyToCurrentState);
    }
}
