package dev.tandem.account.imports.service;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.validation.ExternalId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a CSV row as the body of the matching PUT, so that a row is held to exactly the rules an API call is: the same
 * field names, types and constraints. An empty cell is an omitted field.
 */
@ApplicationScoped
class RowReader {

    private static final Pattern EXTERNAL_ID = Pattern.compile(ExternalId.PATTERN);

    private final ObjectMapper json;
    private final Validator validator;

    @SuppressWarnings("deprecation") // configure(MapperFeature) is the only switch on a built mapper.
    RowReader(ObjectMapper json, Validator validator) {
        // A CSV cell is text whatever it holds, so here "60000" may become a number as a JSON body's 60000 does; every
        // other check of the strict mapper (control characters, date bounds) still applies.
        this.json = json.copy().configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, true);
        this.validator = validator;
    }

    /** The vendor's id in {@code column}, checked as the PUT's path would check it. */
    String externalId(Map<String, String> row, String column) throws RowRejected {
        String value = row.get(column);
        if (value == null || value.isEmpty()) {
            throw new RowRejected(column, "must not be empty");
        }
        if (!EXTERNAL_ID.matcher(value).matches()) {
            throw new RowRejected(column, "must be 1-128 letters, digits or ._:@-");
        }
        return value;
    }

    /**
     * The row's fields as a {@code type} request, validated, then turned into what the service takes by
     * {@code convert} (which may refuse a combination of fields, as the PUT does).
     */
    <R, T> T body(Map<String, String> row, List<String> idColumns, Class<R> type, Function<R, T> convert)
            throws RowRejected {
        ObjectNode body = json.createObjectNode();
        row.forEach((column, value) -> {
            if (!value.isEmpty() && !idColumns.contains(column)) {
                body.put(column, value);
            }
        });
        R request;
        try {
            request = json.treeToValue(body, type);
        } catch (InvalidFormatException e) {
            throw new RowRejected(columnOf(e), reasonFor(e));
        } catch (JsonMappingException e) {
            throw new RowRejected(columnOf(e), "has the wrong type or format");
        } catch (java.io.IOException e) {
            throw new RowRejected("row", "cannot be read");
        }
        List<FieldError> violations = validator.validate(request).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        if (!violations.isEmpty()) {
            throw new RowRejected(violations);
        }
        try {
            return convert.apply(request);
        } catch (InvalidInputException e) {
            throw new RowRejected(e.errors());
        }
    }

    private static String columnOf(JsonMappingException e) {
        return e.getPath().isEmpty() || e.getPath().get(0).getFieldName() == null
                ? "row"
                : e.getPath().get(0).getFieldName();
    }

    private static String reasonFor(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            return "must be one of " + Arrays.toString(target.getEnumConstants());
        }
        if (target != null && (target == Boolean.class || target == boolean.class)) {
            return "must be true or false";
        }
        return "has the wrong type or format";
    }
}
