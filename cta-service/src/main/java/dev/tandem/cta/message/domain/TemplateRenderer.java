package dev.tandem.cta.message.domain;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{name}}} placeholders from account, user and score data. {@code {{name|fallback}}} gives the text to
 * use when the value is unknown, so "Hi {{user.name|there}}" still reads well for an account-wide message; an unknown
 * value without a fallback becomes empty text rather than a raw placeholder in front of a customer.
 */
public final class TemplateRenderer {

    /** The placeholders a template may use. */
    public static final Set<String> PLACEHOLDERS = Set.of(
            "account.name",
            "account.plan",
            "account.stage",
            "account.touchModel",
            "account.renewalDate",
            "score",
            "band",
            "user.name",
            "user.email",
            "trigger");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z.]+)\\s*(?:\\|([^}]*))?}}");

    private TemplateRenderer() {}

    public static String render(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null || value.isEmpty()) {
                value = matcher.group(2) == null ? "" : matcher.group(2).strip();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Placeholders in {@code template} that are not in {@link #PLACEHOLDERS}, for validation; sorted. */
    public static Set<String> unknownPlaceholders(String template) {
        Set<String> unknown = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            if (!PLACEHOLDERS.contains(matcher.group(1))) {
                unknown.add(matcher.group(1));
            }
        }
        return unknown;
    }
}
