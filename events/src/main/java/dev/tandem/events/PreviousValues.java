package dev.tandem.events;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code previous} part of a state-carrying update event: each field the change altered, with its value before
 * the change. The event's own fields are the current values, so a consumer sees both sides of every change without
 * keeping its own copy of the old state.
 */
public final class PreviousValues {

    private PreviousValues() {}

    /**
     * The entries of {@code before} whose value differs in {@code after}, in {@code before}'s order. Both maps name the
     * same fields; values may be null.
     */
    public static Map<String, Object> between(Map<String, ?> before, Map<String, ?> after) {
        Map<String, Object> previous = new LinkedHashMap<>();
        before.forEach((field, value) -> {
            if (!sameValue(value, after.get(field))) {
                previous.put(field, value);
            }
        });
        return Collections.unmodifiableMap(previous);
    }

    /** Numbers compare by value: an ARR of 12000 read back from the database as 12000.00 has not changed. */
    private static boolean sameValue(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    /** A defensive, null-tolerant copy for an event's compact constructor: previous values may themselves be null. */
    public static Map<String, Object> copyOf(Map<String, Object> previous) {
        return previous == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(previous));
    }
}
