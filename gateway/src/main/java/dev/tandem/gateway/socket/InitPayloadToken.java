package dev.tandem.gateway.socket;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Optional;

/**
 * The token a browser sends in the {@code connection_init} message's payload, {@code {"Authorization": "Bearer …"}}:
 * browsers cannot set headers on a WebSocket upgrade. The key is matched without regard to case, as HTTP header names
 * are, since clients spell it {@code authorization} as often as {@code Authorization}.
 */
final class InitPayloadToken {

    /** The key the gateway's authentication reads the token under, the name of the header it stands for. */
    static final String KEY = "Authorization";

    private InitPayloadToken() {}

    /** The value under any spelling of {@link #KEY}; empty when there is none or it is not a string. */
    static Optional<String> in(JsonValue payload) {
        if (!(payload instanceof JsonObject object)) {
            return Optional.empty();
        }
        return object.entrySet().stream()
                .filter(entry -> KEY.equalsIgnoreCase(entry.getKey()))
                .map(Map.Entry::getValue)
                .filter(JsonString.class::isInstance)
                .map(value -> ((JsonString) value).getString())
                .filter(value -> !value.isBlank())
                .findFirst();
    }
}
