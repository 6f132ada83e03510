package dev.tandem.gateway.socket;

import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import java.io.IOException;

/**
 * The session a socket's protocol handler writes to, closing every refusal of the caller's token with
 * graphql-transport-ws' 4401 Unauthorized. Quarkus' authentication of {@code connection_init} closes a refused token
 * with 4403 and an identity that expires while the socket is open with 1008; a client of the protocol knows 4401 as
 * "get a new token and reconnect", so it gets that for both.
 */
final class RefusalCodes implements GraphQLWebSocketSession {

    static final short UNAUTHORIZED = 4401;
    static final String UNAUTHORIZED_REASON = "Unauthorized";

    private static final short QUARKUS_REFUSED_TOKEN = 4403;
    private static final short QUARKUS_EXPIRED_IDENTITY = 1008;

    private final GraphQLWebSocketSession socket;

    RefusalCodes(GraphQLWebSocketSession socket) {
        this.socket = socket;
    }

    @Override
    public void sendMessage(String message) throws IOException {
        socket.sendMessage(message);
    }

    @Override
    public void close(short code, String reason) {
        if (code == QUARKUS_REFUSED_TOKEN || code == QUARKUS_EXPIRED_IDENTITY) {
            socket.close(UNAUTHORIZED, UNAUTHORIZED_REASON);
        } else {
            socket.close(code, reason);
        }
    }

    @Override
    public boolean isClosed() {
        return socket.isClosed();
    }
}
