package dev.tandem.testing.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an attacker or a careless client sends instead of a well-formed value, per kind of value: control characters,
 * texts far beyond any column, numbers beyond every type, dates beyond every calendar, the wrong JSON type. Values are
 * JSON fragments, written into bodies as they are.
 */
final class Hostile {

    private Hostile() {}

    static final List<String> TEXTS = List.of(
            "\"a\\u0000b\"",
            "\"bell \\u0007\"",
            "\"half \\ud800 pair\"",
            "\"" + "x".repeat(5_000) + "\"",
            "12345",
            "true",
            "{}",
            "[]");
    static final List<String> NUMBERS = List.of(
            "1e400",
            "-1e400",
            "123456789012345678901234567890",
            "\"12\"",
            "-2147483649",
            "0.000000000000000000001",
            "\"NaN\"",
            "{}");
    static final List<String> DATES = List.of(
            "\"+5874898-01-01\"", "\"-5000-01-01\"", "\"0000-01-01\"", "\"2026-02-30\"", "\"yesterday\"", "20260101");
    static final List<String> TIMESTAMPS = List.of(
            "\"+100000-01-01T00:00:00Z\"",
            "\"-290000-01-01T00:00:00Z\"",
            "\"0000-01-01T00:00:00Z\"",
            "\"2026-13-01T00:00:00Z\"",
            "1767225600000");
    static final List<String> BOOLEANS = List.of("\"true\"", "1", "null");
    static final List<String> LISTS = List.of("{}", "\"x\"", "[null]", "[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]");
    static final List<String> OBJECTS = List.of("[]", "\"x\"", "1");

    /** Whole bodies that are not what any endpoint takes. */
    static final List<String> BODIES = List.of(
            "",
            "null",
            "[]",
            "\"x\"",
            "{\"a\":1,\"a\":2}",
            "{",
            "{} trailing",
            "[".repeat(200) + "]".repeat(200),
            "{\"x\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}");

    /** Path and query values, as they are sent (already percent-encoded where they must be). */
    static final List<String> PARAMETERS = List.of(
            "a%00b",
            "%07",
            "x".repeat(3_000),
            "..%2F..%2Fetc%2Fpasswd",
            "%F0%9F%98%80",
            "-1",
            "99999999999999999999",
            "1e400",
            "%2B5874898-01-01",
            "-5000-01-01",
            "BOGUS",
            "not-a-uuid",
            "%27%3B--",
            "");

    /** The hostile replacements for a value of this schema. */
    @SuppressWarnings("unchecked")
    static List<String> forSchema(Map<String, Object> schema) {
        String type = String.valueOf(schema.get("type"));
        String format = String.valueOf(schema.get("format"));
        List<String> values = new ArrayList<>();
        if (schema.containsKey("enum")) {
            values.add("\"BOGUS\"");
        }
        switch (type) {
            case "string" ->
                values.addAll(format.equals("date") ? DATES : format.equals("date-time") ? TIMESTAMPS : TEXTS);
            case "integer", "number" -> values.addAll(NUMBERS);
            case "boolean" -> values.addAll(BOOLEANS);
            case "array" -> values.addAll(LISTS);
            case "object" -> values.addAll(OBJECTS);
            default -> values.addAll(List.of("null", "\"a\\u0000b\"", "1e400"));
        }
        return values;
    }
}
