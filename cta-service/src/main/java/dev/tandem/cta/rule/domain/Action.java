package dev.tandem.cta.rule.domain;

import dev.tandem.cta.delivery.domain.WebhookFormat;
import dev.tandem.events.account.UserRole;
import dev.tandem.events.cta.CtaPriority;
import dev.tandem.platform.problem.FieldError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One thing a rule does when it fires.
 *
 * <p>{@link Kind#CREATE_CTA} reads {@code ctaType}, {@code reason} (the rule's name when unset), {@code priority},
 * {@code dueInDays}, the owner fallbacks {@code defaultOwner} and {@code team}, and an optional {@code playbookId}.
 * {@link Kind#SEND_MESSAGE} reads {@code templateId} and
 * optionally {@code url}, the messaging endpoint when it is not the configured one. {@link Kind#CALL_WEBHOOK} reads {@code url} and
 * {@code format}: TANDEM (the default), SLACK or TEAMS. {@link Kind#SEND_SURVEY} reads {@code surveyId}, optionally
 * the end-user {@code roles} it asks (all when empty), {@code throttleDays} (90 unless said) and {@code delayDays} (0 to
 * 365, none unless said): it starts a campaign to the account's end users, scheduled that many days after the firing,
 * so unsubscribes, bounces and the throttle apply as to any campaign, when it runs.
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
        WebhookFormat format,
        UUID surveyId,
        List<UserRole> roles,
        Integer throttleDays,
        Integer delayDays) {

    public enum Kind {
        CREATE_CTA,
        SEND_MESSAGE,
        CALL_WEBHOOK,
        SEND_SURVEY
    }

    /** How long nobody surveyed is asked again, unless the action says; the same as a campaign's. */
    public static final int DEFAULT_THROTTLE_DAYS = 90;

    static final int MAX_THROTTLE_DAYS = 365;
    static final int MAX_ROLES = 10;
    static final int MAX_DELAY_DAYS = 365;

    public Action {
        team = team == null ? List.of() : List.copyOf(team);
        // Kept with any null in it, which problems() names, rather than failing while the request is read.
        roles = roles == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(roles));
    }

    /** An action that sends no survey. */
    public Action(
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
        this(
                kind,
                ctaType,
                reason,
                priority,
                dueInDays,
                defaultOwner,
                team,
                playbookId,
                templateId,
                url,
                format,
                null,
                null,
                null,
                null);
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
            case SEND_SURVEY -> {
                if (surveyId == null) {
                    problems.add(new FieldError(at + ".surveyId", "is required to send a survey"));
                }
                if (roles.size() > MAX_ROLES || roles.stream().anyMatch(Objects::isNull)) {
                    problems.add(new FieldError(at + ".roles", "must name at most " + MAX_ROLES + " roles, none null"));
                }
                if (throttleDays != null && (throttleDays < 0 || throttleDays > MAX_THROTTLE_DAYS)) {
                    problems.add(new FieldError(at + ".throttleDays", "must be 0 to " + MAX_THROTTLE_DAYS));
                }
                if (delayDays != null && (delayDays < 0 || delayDays > MAX_DELAY_DAYS)) {
                    problems.add(new FieldError(at + ".delayDays", "must be 0 to " + MAX_DELAY_DAYS));
                }
            }
        }
        if (kind != Kind.SEND_SURVEY && delayDays != null) {
            problems.add(new FieldError(at + ".delayDays", "is only read by SEND_SURVEY actions"));
        }
        if (kind != Kind.SEND_SURVEY && (surveyId != null || !roles.isEmpty() || throttleDays != null)) {
            problems.add(new FieldError(
                    at + ".surveyId", "is only read by SEND_SURVEY actions, as are roles and" + " throttleDays"));
        }
        return problems;
    }

    /** How many days after the firing the survey goes out; 0, at once, unless the action says. */
    public int delayDaysOrDefault() {
        return delayDays == null ? 0 : delayDays;
    }

    /** The throttle of the campaign this action starts. */
    public int throttleDaysOrDefault() {
        return throttleDays == null ? DEFAULT_THROTTLE_DAYS : throttleDays;
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
