package dev.tandem.gateway.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * GraphQL has no maps: a service's JSON object keyed by data (NPS by cohort, figures by cohort) becomes a list of
 * entries, each with the key under a name of its own and the value under another (or the value's own fields).
 */
public final class MapsAsLists {

    private MapsAsLists() {}

    /** {@code field: {"2026-01": 40}} → {@code field: [{keyName: "2026-01", valueName: 40}]}, in a copy. */
    public static JsonNode entries(JsonNode document, String field, String keyName, String valueName) {
        return replace(
                document,
                field,
                (key, value) ->
                        JsonNodeFactory.instance.objectNode().put(keyName, key).set(valueName, value));
    }

    /** {@code field: {"2026-01": {...}}} → {@code field: [{keyName: "2026-01", ...}]}, in a copy. */
    public static JsonNode flattened(JsonNode document, String field, String keyName) {
        return replace(document, field, (key, value) -> {
            ObjectNode entry = JsonNodeFactory.instance.objectNode().put(keyName, key);
            if (value.isObject()) {
                entry.setAll((ObjectNode) value);
            }
            return entry;
        });
    }

    private interface Entry {
        JsonNode of(String key, JsonNode value);
    }

    private static JsonNode replace(JsonNode document, String field, Entry entry) {
        JsonNode map = document.path(field);
        if (!map.isObject()) {
            return document;
        }
        ObjectNode copy = document.deepCopy();
        ArrayNode list = copy.putArray(field);
        map.properties().forEach(property -> list.add(entry.of(property.getKey(), property.getValue())));
        return copy;
    }
}
