package dev.tandem.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.events.Topics;
import dev.tandem.events.health.ScoreChanged;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicWriter;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A browser cannot set headers on a WebSocket upgrade, so its token comes in graphql-transport-ws' {@code
 * connection_init} payload. Real sockets, real signed tokens: the payload's token is checked as the header's is, and
 * every refusal of it — none, expired, another issuer or audience, expiring while the socket is open — closes the
 * socket with 4401.
 */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class SocketAuthenticationTest {

    private static final String NO_TOKEN = null;

    @Inject
    Vertx vertx;

    private HttpClient client;

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    @Test
    void aTokenInTheInitPayloadOpensASubscriptionThatReceivesChanges() throws Exception {
        UUID account = UUID.randomUUID();
        Socket socket = open(NO_TOKEN);
        socket.init(new JsonObject().put("Authorization", "Bearer " + TestTokens.withRole(TestTokens.VIEWER)));
        socket.awaitAck();
        socket.subscribe("subscription { healthChanged(accountId: \"" + account + "\") { accountId score } }");

        try (var writer = new TopicWriter(EmbeddedInfrastructure.shared().kafkaBootstrapServers())) {
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        announceScore(writer, account, 37);
                        return socket.has("next");
                    });
        }
        assertThat(socket.first("next").encode()).contains(account.toString()).contains("\"score\":37");
    }

    @Test
    void theKeyIsReadWhicheverCaseItIsWrittenIn() throws Exception {
        for (String key : List.of("authorization", "AUTHORIZATION", "AuThOrIzAtIoN")) {
            Socket socket = open(NO_TOKEN);
            socket.init(new JsonObject().put(key, "Bearer " + TestTokens.withRole(TestTokens.CSM)));
            socket.awaitAck();
            assertThat(socket.closeCode()).as(key).isNull();
        }
    }

    @Test
    void aSocketWithoutATokenIsClosedWith4401() throws Exception {
        Socket withoutPayload = open(NO_TOKEN);
        withoutPayload.init(null);
        withoutPayload.awaitClose(4401);

        Socket withOtherPayload = open(NO_TOKEN);
        withOtherPayload.init(new JsonObject().put("locale", "en"));
        withOtherPayload.awaitClose(4401);
        assertThat(withOtherPayload.has("connection_ack")).isFalse();
    }

    @Test
    void anInvalidTokenInThePayloadIsClosedWith4401() throws Exception {
        for (String token : List.of(
                TestTokens.expired(TestTokens.VIEWER),
                TestTokens.fromForeignIssuer(TestTokens.VIEWER),
                TestTokens.forAudience("account-service", TestTokens.VIEWER),
                "not-a-jwt")) {
            Socket socket = open(NO_TOKEN);
            socket.init(new JsonObject().put("Authorization", "Bearer " + token));
            socket.awaitClose(4401);
            assertThat(socket.has("connection_ack")).isFalse();
        }
    }

    @Test
    void aTokenThatExpiresWhileTheSocketIsOpenClosesItWith4401() throws Exception {
        Socket socket = open(NO_TOKEN);
        socket.init(new JsonObject()
                .put("Authorization", "Bearer " + TestTokens.expiringIn(Duration.ofSeconds(4), TestTokens.VIEWER)));
        socket.awaitAck();
        socket.subscribe("subscription { healthChanged(accountId: \"" + UUID.randomUUID() + "\") { score } }");

        await().atMost(Duration.ofSeconds(20)).until(() -> socket.closeCode() != null);
        assertThat(socket.closeCode()).isEqualTo(4401);
    }

    @Test
    void aHeaderTokenThatExpiresWhileTheSocketIsOpenClosesItWith4401Too() throws Exception {
        Socket socket = open(TestTokens.expiringIn(Duration.ofSeconds(4), TestTokens.CSM));
        socket.init(null);
        socket.awaitAck();

        await().atMost(Duration.ofSeconds(20)).until(() -> socket.closeCode() != null);
        assertThat(socket.closeCode()).isEqualTo(4401);
    }

    @Test
    void aTokenInThePayloadIsRefusedWhatItsRoleMayNotSee() throws Exception {
        Socket socket = open(NO_TOKEN);
        socket.init(new JsonObject()
                .put("Authorization", "Bearer " + TestTokens.forClient("crm-sync", TestTokens.INTEGRATOR)));
        socket.awaitAck();
        socket.subscribe("subscription { healthChanged(accountId: \"" + UUID.randomUUID() + "\") { score } }");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> socket.received.stream().anyMatch(m -> m.encode().contains("FORBIDDEN")));
        assertThat(socket.received).noneMatch(m -> m.encode().contains("\"score\""));
    }

    @Test
    void aQueryDressedAsAnUpgradeStillNeedsAToken() {
        given().contentType("application/json")
                .header("Connection", "Upgrade")
                .header("Upgrade", "websocket")
                .body("{\"query\": \"{ scorecards { id } }\"}")
                .post("/graphql")
                .then()
                .statusCode(org.hamcrest.Matchers.not(200));
        given().contentType("application/json")
                .body("{\"query\": \"{ scorecards { id } }\"}")
                .post("/graphql")
                .then()
                .statusCode(401);
    }

    /** Opens a graphql-transport-ws socket, with {@code headerToken} on the upgrade unless it is null. */
    private Socket open(String headerToken) throws Exception {
        if (client == null) {
            client = vertx.createHttpClient();
        }
        WebSocketConnectOptions options = new WebSocketConnectOptions()
                .setHost("localhost")
                .setPort(RestAssured.port)
                .setURI("/graphql")
                .addSubProtocol("graphql-transport-ws");
        if (headerToken != null) {
            options.addHeader("Authorization", "Bearer " + headerToken);
        }
        WebSocket socket = client.webSocket(options)
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        return new Socket(socket);
    }

    /** One client socket: what it received, and how it was closed. */
    private static final class Socket {

        final List<JsonObject> received = new CopyOnWriteArrayList<>();
        private final AtomicReference<Short> closeCode = new AtomicReference<>();
        private final WebSocket socket;

        Socket(WebSocket socket) {
            this.socket = socket;
            socket.textMessageHandler(text -> received.add(new JsonObject(text)));
            socket.closeHandler(closed -> closeCode.set(socket.closeStatusCode()));
        }

        void init(JsonObject payload) {
            JsonObject message = new JsonObject().put("type", "connection_init");
            if (payload != null) {
                message.put("payload", payload);
            }
            socket.writeTextMessage(message.encode());
        }

        void subscribe(String query) {
            socket.writeTextMessage(new JsonObject()
                    .put("id", "1")
                    .put("type", "subscribe")
                    .put("payload", new JsonObject().put("query", query))
                    .encode());
        }

        void awaitAck() {
            await().atMost(Duration.ofSeconds(10)).until(() -> has("connection_ack") || closeCode() != null);
            assertThat(has("connection_ack"))
                    .as("acknowledged, closed with " + closeCode())
                    .isTrue();
        }

        void awaitClose(int code) {
            await().atMost(Duration.ofSeconds(10)).until(() -> closeCode() != null);
            assertThat(closeCode()).isEqualTo(code);
        }

        boolean has(String type) {
            return received.stream().anyMatch(m -> type.equals(m.getString("type")));
        }

        JsonObject first(String type) {
            return received.stream()
                    .filter(m -> type.equals(m.getString("type")))
                    .findFirst()
                    .orElseThrow();
        }

        Integer closeCode() {
            Short code = closeCode.get();
            return code == null ? null : code.intValue();
        }
    }

    private static void announceScore(TopicWriter writer, UUID account, int score) {
        writer.send(
                Topics.HEALTH_EVENTS,
                account.toString(),
                """
                {"accountId": "%s", "scorecardId": "%s", "previousScore": 80, "score": %d, "previousBand": "GREEN",
                 "band": "RED", "dimensions": [], "computedAt": "%s"}
                """.formatted(account, UUID.randomUUID(), score, Instant.now()),
                TopicWriter.cloudEventHeaders(
                        UUID.randomUUID().toString(), ScoreChanged.TYPE, "/health-service", account.toString()));
    }
}
