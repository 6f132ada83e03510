package dev.tandem.testing.fuzz;

import java.util.Map;

/**
 * One operation of a service's OpenAPI document, with the schemas of what it takes.
 *
 * @param bodyMediaType null when it takes no body
 */
record Operation(
        String method,
        String path,
        Map<String, Map<String, Object>> pathParameters,
        Map<String, Map<String, Object>> queryParameters,
        String bodyMediaType,
        Map<String, Object> bodySchema) {

    @Override
    public String toString() {
        return method + " " + path;
    }
}
