package dev.tandem.gateway.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tandem.gateway.error.InvalidInput;
import io.smallrye.mutiny.Uni;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Map;

/**
 * Passes the services' REST documents to and from GraphQL: typed (a record read from, or written as, the REST shape)
 * or, for what is not typed yet, whole as the {@code JSON} scalar (JSON-P), unchanged.
 */
public final class JsonDocuments {

    // A field a service adds later is not a failure here; the round-trip tests find a field the gateway drops.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            // An input's field left out is left out of the REST body, where the service applies its default.
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

    private JsonDocuments() {}

    public static JsonObject toGraphQL(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(node.toString()))) {
            return reader.readObject();
        }
    }

    /** A service's answer as the gateway's record of it. */
    public static <T> T read(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "A service answered a " + type.getSimpleName() + " the gateway cannot read", e);
        }
    }

    /** A typed GraphQL input as the REST body a service takes, or a VALIDATION failure when there is none. */
    public static Uni<JsonNode> toRest(Object input, String argument) {
        if (input == null) {
            return Uni.createFrom().failure(new InvalidInput(argument + ": is required"));
        }
        JsonNode body = MAPPER.valueToTree(input);
        return Uni.createFrom().item(body);
    }

    /** A typed value as JSON, its null fields left out where its type says so. */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /**
     * The REST body from the one of two arguments given: the typed input {@code argument}, or {@code document}, the
     * same as one JSON document (deprecated, kept for one release). Both or neither is VALIDATION.
     */
    public static Uni<JsonNode> typedOrDocument(String argument, Object typed, JsonObject document) {
        Map<String, Object> given = OneOf.variants();
        given.put(argument, typed);
        given.put("document", document);
        try {
            return OneOf.chosen(argument, given).equals(argument) ? toRest(typed, argument) : toRest(document);
        } catch (InvalidInput refused) {
            return Uni.createFrom().failure(refused);
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
