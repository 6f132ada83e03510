package dev.tandem.testing.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A body shaped as an operation's schema says, with one plausible value per field, and the same body with one field
 * at a time replaced by a hostile value: the request reaches the check of that field rather than failing earlier.
 */
final class SampleBody {

    private static final int MAX_DEPTH = 4;

    private final OpenApiDocument document;

    SampleBody(OpenApiDocument document) {
        this.document = document;
    }

    String plausible(Map<String, Object> schema) {
        return write(schema, 0, List.of(), null);
    }

    /** The body once per (field, hostile value), fields down to a few levels deep. */
    List<String> withOneHostileField(Map<String, Object> schema) {
        List<List<String>> fields = new ArrayList<>();
        collectFields(schema, 0, List.of(), fields);
        List<String> bodies = new ArrayList<>();
        for (List<String> field : fields) {
            Map<String, Object> fieldSchema = schemaAt(schema, field);
            for (String hostile : Hostile.forSchema(fieldSchema)) {
                bodies.add(write(schema, 0, field, hostile));
            }
        }
        return bodies;
    }

    @SuppressWarnings("unchecked")
    private void collectFields(Map<String, Object> schema, int depth, List<String> at, List<List<String>> into) {
        Map<String, Object> resolved = document.resolve(schema);
        Map<String, Object> properties = (Map<String, Object>) resolved.get("properties");
        if (properties == null || depth >= MAX_DEPTH) {
            return;
        }
        properties.forEach((name, property) -> {
            List<String> field = new ArrayList<>(at);
            field.add(name);
            into.add(field);
            collectFields((Map<String, Object>) property, depth + 1, field, into);
        });
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> schemaAt(Map<String, Object> schema, List<String> field) {
        Map<String, Object> at = document.resolve(schema);
        for (String name : field) {
            at = document.resolve((Map<String, Object>) ((Map<String, Object>) at.get("properties")).get(name));
        }
        return at;
    }

    /** The JSON of {@code schema}, with {@code hostile} at {@code replaced} (a field path), if given. */
    @SuppressWarnings("unchecked")
    private String write(Map<String, Object> schema, int depth, List<String> replaced, String hostile) {
        if (hostile != null && replaced.isEmpty()) {
            return hostile;
        }
        Map<String, Object> resolved = document.resolve(schema);
        Object type = resolved.get("type");
        Map<String, Object> properties = (Map<String, Object>) resolved.get("properties");
        if (properties != null || "object".equals(type)) {
            if (properties == null || depth >= MAX_DEPTH) {
                return "{}";
            }
            Map<String, String> fields = new LinkedHashMap<>();
            properties.forEach((name, property) -> {
                boolean onPath = !replaced.isEmpty() && replaced.get(0).equals(name);
                fields.put(
                        name,
                        write(
                                (Map<String, Object>) property,
                                depth + 1,
                                onPath ? replaced.subList(1, replaced.size()) : List.of(),
                                onPath ? hostile : null));
            });
            StringBuilder json = new StringBuilder("{");
            fields.forEach((name, value) -> json.append(json.length() > 1 ? "," : "")
                    .append('"')
                    .append(name)
                    .append("\":")
                    .append(value));
            return json.append('}').toString();
        }
        if ("array".equals(type)) {
            Map<String, Object> items = (Map<String, Object>) resolved.get("items");
            return items == null || depth >= MAX_DEPTH ? "[]" : "[" + write(items, depth + 1, List.of(), null) + "]";
        }
        return plausibleScalar(resolved);
    }

    private static String plausibleScalar(Map<String, Object> schema) {
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return "\"" + values.get(0) + "\"";
        }
        String format = String.valueOf(schema.get("format"));
        return switch (String.valueOf(schema.get("type"))) {
            case "integer" -> "1";
            case "number" -> "1.5";
            case "boolean" -> "true";
            case "string" ->
                switch (format) {
                    case "date" -> "\"2026-03-31\"";
                    case "date-time" -> "\"2026-03-31T12:00:00Z\"";
                    case "uuid" -> "\"" + UUID.randomUUID() + "\"";
                    default -> "\"fuzz-" + UUID.randomUUID().toString().substring(0, 8) + "\"";
                };
            default -> "null";
        };
    }
}
