package dev.tandem.gateway.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.gateway.error.InvalidInput;
import io.smallrye.mutiny.Uni;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;

/**
 * Passes documents the gateway does not model field by field (scorecards, rules, programs, statistics) between the
 * GraphQL {@code JSON} scalar (JSON-P) and the REST clients (Jackson), unchanged.
 */
public final class JsonDocuments {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonDocuments() {}

    public static JsonObject toGraphQL(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(node.toString()))) {
            return reader.readObject();
        }
    }

    /** The document for a REST body, or a VALIDATION failure. */
    public static Uni<JsonNode> toRest(JsonObject document) {
        if (document == null) {
            return Uni.createFrom().failure(new InvalidInput("document: is required"));
        }
        try {
            return Uni.createFrom().item(MAPPER.readTree(document.toString()));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new InvalidInput("document: is not a JSON object"));
        }
    }
}
