package dev.tandem.content.item.domain;

import java.util.Locale;
import java.util.Map;

/**
 * Which PostgreSQL text search configuration reads an item's language: it decides stemming ("configuring" finds
 * "configure") and stop words. Languages without one of their own are searched word for word.
 */
public final class TextSearchLanguage {

    static final String FALLBACK = "simple";

    private static final Map<String, String> CONFIGURATIONS = Map.ofEntries(
            Map.entry("da", "danish"),
            Map.entry("de", "german"),
            Map.entry("en", "english"),
            Map.entry("es", "spanish"),
            Map.entry("fi", "finnish"),
            Map.entry("fr", "french"),
            Map.entry("it", "italian"),
            Map.entry("nl", "dutch"),
            Map.entry("no", "norwegian"),
            Map.entry("pt", "portuguese"),
            Map.entry("ru", "russian"),
            Map.entry("sv", "swedish"));

    private TextSearchLanguage() {}

    /** The configuration for a language tag such as {@code en} or {@code de-CH}. */
    public static String configurationFor(String languageTag) {
        String primary = languageTag.split("-", 2)[0].toLowerCase(Locale.ROOT);
        return CONFIGURATIONS.getOrDefault(primary, FALLBACK);
    }
}
