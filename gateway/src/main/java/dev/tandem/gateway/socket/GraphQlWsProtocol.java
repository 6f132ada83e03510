package dev.tandem.gateway.socket;

import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.vertx.ext.web.RoutingContext;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Optional;

/** The older graphql-ws protocol, with the token taken from {@code connection_init} as {@link ConnectionInit} decides. */
final class GraphQlWsProtocol extends SmallRyeAuthGraphQLWSSubprotocolHandler {

    private final GraphQLWebSocketSession session;
    private final RoutingContext upgrade;

    GraphQlWsProtocol(
            GraphQLWebSocketSession session,
            Map<String, Object> context,
            RoutingContext upgrade,
            SmallRyeGraphQLAbstractHandler handler) {
        super(session, context, upgrade, handler, Optional.of(InitPayloadToken.KEY));
        this.session = session;
        this.upgrade = upgrade;
    }

    @Override
    protected void onMessage(JsonObject message) {
        if (ConnectionInit.isOne(message)) {
            ConnectionInit.handle(
                    message,
                    upgrade,
                    super::onMessage,
                    () -> session.close(RefusalCodes.UNAUTHORIZED, RefusalCodes.UNAUTHORIZED_REASON));
        } else {
            super.onMessage(message);
        }
    }
}
