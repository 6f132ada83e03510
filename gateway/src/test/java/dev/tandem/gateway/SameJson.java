package dev.tandem.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NumericNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.ValidatableResponse;
import java.util.Comparator;

/** JSON compared as a client reads it: numbers by value (40 and 40.0 alike), objects whatever their keys' order. */
final class SameJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private SameJson() {}

    /** The answer's {@code data} at {@code pointer} (e.g. {@code /scorecards/0}), read exactly; the answer has no errors. */
    static ObjectNode data(ValidatableResponse response, String pointer) {
        String body =
                response.statusCode(200).body("errors", nullValue()).extract().asString();
        return (ObjectNode) read(body).at("/data" + pointer);
    }

    static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static void assertSame(JsonNode actual, JsonNode expected) {
        Comparator<JsonNode> byValue = (a, b) -> {
            if (a instanceof NumericNode x && b instanceof NumericNode y) {
                return x.decimalValue().compareTo(y.decimalValue());
            }
            return a.equals(b) ? 0 : 1;
        };
        assertThat(actual.equals(byValue, expected))
                .as("%s%nshould be%n%s", actual.toPrettyString(), expected.toPrettyString())
                .isTrue();
    }
}
