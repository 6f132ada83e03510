package dev.tandem.gateway.socket;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.smallrye.graphql.websocket.GraphQLWebsocketHandler;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The WebSocket side of {@code /graphql}, in place of Quarkus' own: the same protocol handlers and the same
 * authentication, with the token also accepted from {@code connection_init} under any spelling of "Authorization",
 * and every refusal of it closing the socket with 4401 (see {@link ConnectionInit}, {@link RefusalCodes}). The
 * upgrade itself needs no token ({@link SocketUpgradePolicy}); nothing runs on the socket before one is checked.
 */
@ApplicationScoped
public class GraphQLSockets {

    /** Just before Quarkus' own WebSocket handler of the GraphQL endpoint (-99), after authentication. */
    private static final int BEFORE_QUARKUS_SOCKETS = -100;

    private static final Logger LOG = Logger.getLogger(GraphQLSockets.class);

    void install(@Observes Router router, CurrentIdentityAssociation identities, CurrentVertxRequest requests) {
        Upgrades upgrades = new Upgrades(identities, requests);
        router.route("/graphql").order(BEFORE_QUARKUS_SOCKETS).handler(context -> {
            if (SocketUpgradePolicy.isUpgrade(context.request())) {
                upgrades.handle(context);
            } else {
                context.next();
            }
        });
    }

    /** Runs in the request context Quarkus' GraphQL handlers set up, with the caller's identity as far as known. */
    private static final class Upgrades extends SmallRyeGraphQLAbstractHandler {

        Upgrades(CurrentIdentityAssociation identities, CurrentVertxRequest requests) {
            // Not blocking: the gateway's resolvers answer with Uni and Multi, as over HTTP.
            super(identities, requests, false);
        }

        @Override
        protected void doHandle(RoutingContext upgrade) {
            if (upgrade.request().isEnded()) {
                upgrade.next();
                return;
            }
            Map<String, Object> context = getMetaData(upgrade);
            upgrade.request().toWebSocket(opened -> {
                if (opened.failed()) {
                    LOG.debug("WebSocket upgrade failed", opened.cause());
                    return;
                }
                ServerWebSocket socket = opened.result();
                GraphQLWebsocketHandler protocol = protocolOf(socket, context, upgrade);
                if (protocol == null) {
                    socket.close((short) 4400, "Unsupported subprotocol");
                    return;
                }
                socket.closeHandler(closed -> protocol.onClose());
                socket.endHandler(ended -> protocol.onEnd());
                socket.exceptionHandler(protocol::onThrowable);
                socket.textMessageHandler(protocol::onMessage);
            });
        }

        private GraphQLWebsocketHandler protocolOf(
                ServerWebSocket socket, Map<String, Object> context, RoutingContext upgrade) {
            GraphQLWebSocketSession session = new RefusalCodes(new VertxSocket(socket));
            String subProtocol = socket.subProtocol();
            if ("graphql-transport-ws".equals(subProtocol)) {
                return new TransportWsProtocol(session, context, upgrade, this);
            }
            if ("graphql-ws".equals(subProtocol)) {
                return new GraphQlWsProtocol(session, context, upgrade, this);
            }
            return null;
        }
    }
}
