package dev.tandem.content.web;

import dev.tandem.platform.problem.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads enum and id query parameters from their text, so that a wrong value is answered with 400 naming the parameter
 * instead of the 404 that JAX-RS gives a query parameter it cannot convert.
 */
public final class QueryValues {

    private QueryValues() {}

    public static <E extends Enum<E>> E oneOf(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    parameter,
                    "must be one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }
    }

    public static UUID id(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(parameter, "must be a UUID");
        }
    }
}
