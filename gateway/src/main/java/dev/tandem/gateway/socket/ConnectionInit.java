package dev.tandem.gateway.socket;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What becomes of a socket's {@code connection_init}: with a token in its payload, the message goes on with the token
 * under the one key Quarkus authenticates from (the same OIDC validation as the header: signature, issuer, audience,
 * expiry); without one, the socket must have been opened with a valid token in its Authorization header, or it is
 * closed with 4401 before anything is acknowledged.
 */
final class ConnectionInit {

    static final String TYPE = "connection_init";

    private ConnectionInit() {}

    static boolean isOne(JsonObject message) {
        return TYPE.equals(message.getString("type", null));
    }

    /** Passes the message on to {@code protocol}, or closes the socket; never both. */
    static void handle(
            JsonObject message, RoutingContext upgrade, Consumer<JsonObject> protocol, Runnable closeUnauthorized) {
        Optional<String> token = InitPayloadToken.in(message.get("payload"));
        if (token.isPresent()) {
            protocol.accept(withCanonicalKey(message, token.get()));
        } else if (openedWithToken(upgrade)) {
            protocol.accept(message);
        } else {
            closeUnauthorized.run();
        }
    }

    private static boolean openedWithToken(RoutingContext upgrade) {
        return upgrade.user() instanceof QuarkusHttpUser user
                && !user.getSecurityIdentity().isAnonymous();
    }

    /** The message with the token under {@link InitPayloadToken#KEY} and under no other spelling of it. */
    private static JsonObject withCanonicalKey(JsonObject message, String token) {
        JsonObjectBuilder payload = Json.createObjectBuilder();
        message.getJsonObject("payload").forEach((key, value) -> {
            if (!InitPayloadToken.KEY.equalsIgnoreCase(key)) {
                payload.add(key, value);
            }
        });
        payload.add(InitPayloadToken.KEY, token);
        return Json.createObjectBuilder(message).add("payload", payload).build();
    }
}
