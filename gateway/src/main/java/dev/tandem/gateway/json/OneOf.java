package dev.tandem.gateway.json;

import dev.tandem.gateway.error.InvalidInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GraphQL has no input unions, so an input of several variants (a rule's trigger, an action) has one optional field
 * per variant, of which exactly one must be set: a value, or {@code true} for a variant without parameters. Anything
 * else is refused as VALIDATION naming the field and the variants.
 */
public final class OneOf {

    private OneOf() {}

    /** The name of the one variant set in {@code variants} (in order), or a VALIDATION failure naming {@code field}. */
    public static String chosen(String field, Map<String, Object> variants) throws InvalidInput {
        List<String> set = variants.entrySet().stream()
                .filter(variant -> isSet(variant.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        if (set.size() == 1) {
            return set.get(0);
        }
        String options = String.join(", ", variants.keySet());
        throw new InvalidInput(field + ": set exactly one of " + options + "; "
                + (set.isEmpty() ? "none is set" : String.join(" and ", set) + " are set"));
    }

    /** A map that keeps the variants in the order the schema lists them, nulls allowed. */
    public static Map<String, Object> variants() {
        return new LinkedHashMap<>();
    }

    private static boolean isSet(Object value) {
        return value != null && !Boolean.FALSE.equals(value);
    }
}
