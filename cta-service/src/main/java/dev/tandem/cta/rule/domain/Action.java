package dev.tandem.cta.rule.domain;

import dev.tandem.cta.delivery.domain.WebhookFormat;
import dev.tandem.events.cta.CtaPriority;
import dev.tandem.platform.problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One thing a rule does when it fires.
 *
 * <p>{@link Kind#CREATE_CTA} reads {@code ctaType}, {@code reason} (the rule's name when unset), {@code priority},
 * {@code dueInDays}, the owner fallbacks {@code defaultOwner} and {@code team}, and an optional {@code playbookId}.
 * {@link Kind#SEND_MESSAGE} reads {@code templateId} and
 * optionally {@code url}, the messaging endpoint when it is not the configured one. {@link Kind#CALL_WEBHOOK} reads {@code url} and
 * {@code format}: TANDEM (the default), SLACK or TEAMS.
 */
public record Action(
        Kind kind,
        String ctaType,
        String reason,
        CtaPriority priority,
        Integer dueInDays,
        String defaultOwner,
        List<String> team,
        UUID playbookId,
        UUID templateId,
        String url,
        WebhookFormat format) {

    public enum Kind {
        CREATE_CTA,
        SEND_MESSAGE,
        CALL_WEBHOOK
    }

    public Action {
        team = team == null ? List.of() : List.copyOf(team);
    }

    public List<FieldError> problems(String at) {
        List<FieldError> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldError(at + ".kind", "is required"));
            return problems;
        }
        if (format != null && kind != Kind.CALL_WEBHOOK) {
            problems.add(new FieldError(at + ".format", "is only read by CALL_WEBHOOK actions"));
        }
        switch (kind) {
            case CREATE_CTA -> {
                if (ctaType == null || ctaType.isBlank()) {
                    problems.add(new FieldError(at + ".ctaType", "is required to create a CTA"));
                }
                if (dueInDays != null && dueInDays < 0) {
                    problems.add(new FieldError(at + ".dueInDays", "must not be negative"));
                }
            }
            case SEND_MESSAGE -> {
                if (templateId == null) {
                    problems.add(new FieldError(at + ".templateId", "is required to send a message"));
                }
                if (url != null && !isHttp(url)) {
                    problems.add(new FieldError(at + ".url", "must be an http or https URL"));
                }
            }
            case CALL_WEBHOOK -> {
                if (url == null || !isHttp(url)) {
                    problems.add(new FieldError(at + ".url", "must be an http or https URL"));
                }
            }
        }
        return problems;
    }

    private static boolean isHttp(String url) {
        return url.startsWith("https://") || url.startsWith("http://");
    }

    /** The body a webhook is sent in; Tandem's own JSON unless the rule names a chat format. */
    public WebhookFormat formatOrDefault() {
        return format == null ? WebhookFormat.TANDEM : format;
    }

    /** The reason a CTA of this action carries: one open CTA per account, type and reason. */
    public String reasonOr(String ruleName) {
        return reason == null || reason.isBlank() ? ruleName : reason;
    }
}
