package dev.tandem.testing.fuzz;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the operations out of a service's OpenAPI document (JSON), resolving {@code $ref}s to components. */
final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final Map<String, Object> schemas;
    private final List<Operation> operations = new ArrayList<>();

    @SuppressWarnings("unchecked")
    OpenApiDocument(String json) {
        JsonPath document = JsonPath.from(json);
        Map<String, Object> components = document.getMap("components");
        this.schemas =
                components == null ? Map.of() : (Map<String, Object>) components.getOrDefault("schemas", Map.of());
        Map<String, Object> paths = document.getMap("paths");
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                operations.add(read(method.toUpperCase(), path, (Map<String, Object>) operation));
            }
        }));
    }

    List<Operation> operations() {
        return operations;
    }

    /** The schema itself, or the component a {@code $ref} names. */
    @SuppressWarnings("unchecked")
    Map<String, Object> resolve(Map<String, Object> schema) {
        Object ref = schema == null ? null : schema.get("$ref");
        if (ref instanceof String name) {
            Object resolved = schemas.get(name.substring(name.lastIndexOf('/') + 1));
            return resolved == null ? Map.of() : (Map<String, Object>) resolved;
        }
        return schema == null ? Map.of() : schema;
    }

    @SuppressWarnings("unchecked")
    private Operation read(String method, String path, Map<String, Object> operation) {
        Map<String, Map<String, Object>> inPath = new LinkedHashMap<>();
        Map<String, Map<String, Object>> inQuery = new LinkedHashMap<>();
        for (Object parameter : (List<Object>) operation.getOrDefault("parameters", List.of())) {
            Map<String, Object> p = (Map<String, Object>) parameter;
            Map<String, Object> schema = resolve((Map<String, Object>) p.get("schema"));
            if ("path".equals(p.get("in"))) {
                inPath.put((String) p.get("name"), schema);
            } else if ("query".equals(p.get("in"))) {
                inQuery.put((String) p.get("name"), schema);
            }
        }
        String mediaType = null;
        Map<String, Object> bodySchema = Map.of();
        Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
        if (body != null) {
            Map<String, Object> content = (Map<String, Object>) body.getOrDefault("content", Map.of());
            if (!content.isEmpty()) {
                mediaType = content.keySet().iterator().next();
                Map<String, Object> media = (Map<String, Object>) content.get(mediaType);
                bodySchema = resolve((Map<String, Object>) media.get("schema"));
            }
        }
        return new Operation(method, path, inPath, inQuery, mediaType, bodySchema);
    }
}
