package dev.tandem.gateway.socket;

import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.vertx.core.http.ServerWebSocket;

/** A Vert.x WebSocket as the GraphQL protocol handlers write to it. */
final class VertxSocket implements GraphQLWebSocketSession {

    private final ServerWebSocket socket;

    VertxSocket(ServerWebSocket socket) {
        this.socket = socket;
    }

    @Override
    public void sendMessage(String message) {
        socket.writeTextMessage(message);
    }

    @Override
    public void close(short code, String reason) {
        socket.close(code, reason);
    }

    @Override
    public boolean isClosed() {
        return socket.isClosed();
    }
}
