package dev.tandem.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One subscription over the gateway's WebSocket (graphql-transport-ws), as a live console holds it: the token on the
 * handshake, {@code connection_init}, {@code subscribe}, and every {@code next} payload collected.
 */
final class GraphQlSubscription implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> acknowledged = new CompletableFuture<>();
    private final WebSocket socket;

    private GraphQlSubscription(HttpClient http, URI gateway, String bearer) {
        URI endpoint =
                URI.create(gateway.toString().replaceFirst("^http", "ws")).resolve("/graphql");
        try {
            this.socket = http.newWebSocketBuilder()
                    .subprotocols("graphql-transport-ws")
                    .header("Authorization", "Bearer " + bearer)
                    .connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(endpoint, new Collector())
                    .get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("No WebSocket to " + endpoint, e);
        }
    }

    /** Connects and subscribes; returns once the gateway acknowledged the connection. */
    static GraphQlSubscription open(HttpClient http, URI gateway, String bearer, String subscription) {
        GraphQlSubscription live = new GraphQlSubscription(http, gateway, bearer);
        live.send(Map.of("type", "connection_init"));
        try {
            live.acknowledged.get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The gateway did not acknowledge the connection", e);
        }
        live.send(Map.of("id", "1", "type", "subscribe", "payload", Map.of("query", subscription)));
        return live;
    }

    /** The {@code data} of every {@code next} message so far, oldest first. */
    List<JsonNode> events() {
        return received.stream()
                .filter(message -> "next".equals(message.path("type").asText()))
                .map(message -> message.path("payload").path("data"))
                .toList();
    }

    /** Every message the gateway sent, for a failure's description. */
    List<JsonNode> messages() {
        return List.copyOf(received);
    }

    private void send(Map<String, Object> message) {
        try {
            socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not send on the WebSocket", e);
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }

    /** Gathers text frames (which may arrive in parts) into whole messages. */
    private final class Collector implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    received.add(message);
                    if ("connection_ack".equals(message.path("type").asText())) {
                        acknowledged.complete(null);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    partial.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            acknowledged.completeExceptionally(
                    new IllegalStateException("The gateway closed the WebSocket: " + statusCode + " " + reason));
            return null;
        }
    }
}
