package dev.tandem.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.events.Topics;
import dev.tandem.events.cta.CtaClosed;
import dev.tandem.events.cta.CtaCreated;
import dev.tandem.events.cta.CtaSnoozed;
import dev.tandem.events.health.ScoreChanged;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicWriter;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Subscriptions over WebSocket (graphql-transport-ws), fed by real records on the embedded broker. The gateway reads
 * from the newest record on, so each test keeps announcing until its subscriber has seen one.
 */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class SubscriptionTest {

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
    void aHealthChangeOfTheAccountReachesItsSubscribersOnly() throws Exception {
        UUID account = UUID.randomUUID();
        List<JsonObject> received = subscribe(
                TestTokens.withRole(TestTokens.VIEWER),
                "subscription { healthChanged(accountId: \"" + account
                        + "\") { accountId score band previousScore } }");

        try (var writer = new TopicWriter(EmbeddedInfrastructure.shared().kafkaBootstrapServers())) {
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        announceScore(writer, UUID.randomUUID(), 10);
                        announceScore(writer, account, 42);
                        return received.stream().anyMatch(m -> "next".equals(m.getString("type")));
                    });
        }

        JsonObject change = received.stream()
                .filter(m -> "next".equals(m.getString("type")))
                .findFirst()
                .orElseThrow()
                .getJsonObject("payload")
                .getJsonObject("data")
                .getJsonObject("healthChanged");
        assertThat(change.getString("accountId")).isEqualTo(account.toString());
        assertThat(change.getInteger("score")).isEqualTo(42);
        assertThat(change.getString("band")).isEqualTo("RED");
        assertThat(received.stream()
                        .filter(m -> "next".equals(m.getString("type")))
                        .map(m -> m.getJsonObject("payload").encode()))
                .as("no other account's change")
                .allMatch(payload -> payload.contains(account.toString()));
    }

    @Test
    void aCtaCreatedForTheOwnerReachesTheirSubscription() throws Exception {
        String owner = "csm-" + UUID.randomUUID();
        List<JsonObject> received = subscribe(
                TestTokens.withRole(TestTokens.CSM),
                "subscription { ctaChanged(ownerId: \"" + owner + "\") { change ctaId ownerId } }");

        try (var writer = new TopicWriter(EmbeddedInfrastructure.shared().kafkaBootstrapServers())) {
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        announceCta(writer, owner);
                        return received.stream().anyMatch(m -> "next".equals(m.getString("type")));
                    });
        }

        JsonObject change = received.stream()
                .filter(m -> "next".equals(m.getString("type")))
                .findFirst()
                .orElseThrow()
                .getJsonObject("payload")
                .getJsonObject("data")
                .getJsonObject("ctaChanged");
        assertThat(change.getString("change")).isEqualTo("CREATED");
        assertThat(change.getString("ownerId")).isEqualTo(owner);
    }

    @Test
    void aSnoozeAndACloseOfACtaTheGatewayNeverSawReachTheOwnersSubscription() throws Exception {
        String owner = "csm-" + UUID.randomUUID();
        List<JsonObject> received = subscribe(
                TestTokens.withRole(TestTokens.CSM),
                "subscription { ctaChanged(ownerId: \"" + owner + "\") { change ctaId ownerId } }");

        try (var writer = new TopicWriter(EmbeddedInfrastructure.shared().kafkaBootstrapServers())) {
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        announceSnooze(writer, UUID.randomUUID(), "csm-someone-else");
                        announceSnooze(writer, UUID.randomUUID(), owner);
                        announceClose(writer, UUID.randomUUID(), owner);
                        return ctaChanges(received).stream()
                                .map(change -> change.getString("change"))
                                .toList()
                                .containsAll(List.of("SNOOZED", "CLOSED"));
                    });
        }

        assertThat(ctaChanges(received))
                .as("only the owner's CTAs, each named by the event")
                .allMatch(change -> owner.equals(change.getString("ownerId")));
    }

    /** A snooze from a cta-service of before the owner was named is routed by the owner the gateway saw created. */
    @Test
    void aSnoozeWithoutAnOwnerFollowsTheOwnerTheCtaWasCreatedWith() throws Exception {
        String owner = "csm-" + UUID.randomUUID();
        List<JsonObject> received = subscribe(
                TestTokens.withRole(TestTokens.CSM),
                "subscription { ctaChanged(ownerId: \"" + owner + "\") { change ctaId ownerId } }");

        try (var writer = new TopicWriter(EmbeddedInfrastructure.shared().kafkaBootstrapServers())) {
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        UUID cta = UUID.randomUUID();
                        announceCta(writer, cta, owner);
                        announceSnooze(writer, cta, null);
                        return ctaChanges(received).stream().anyMatch(c -> "SNOOZED".equals(c.getString("change")));
                    });
        }

        assertThat(ctaChanges(received))
                .filteredOn(change -> "SNOOZED".equals(change.getString("change")))
                .allMatch(change -> owner.equals(change.getString("ownerId")));
    }

    @Test
    void anIntegratorIsRefusedASubscription() throws Exception {
        List<JsonObject> received = subscribe(
                TestTokens.forClient("crm-sync", TestTokens.INTEGRATOR),
                "subscription { healthChanged(accountId: \"" + UUID.randomUUID() + "\") { score } }");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> received.stream().anyMatch(m -> m.encode().contains("FORBIDDEN")));
        assertThat(received).noneMatch(m -> m.encode().contains("\"score\""));
    }

    /** Opens a WebSocket, says hello, subscribes, and collects what the gateway sends. */
    private List<JsonObject> subscribe(String token, String subscription) throws Exception {
        client = vertx.createHttpClient();
        List<JsonObject> received = new CopyOnWriteArrayList<>();
        WebSocketConnectOptions options = new WebSocketConnectOptions()
                .setHost("localhost")
                .setPort(io.restassured.RestAssured.port)
                .setURI("/graphql")
                .addSubProtocol("graphql-transport-ws")
                .addHeader("Authorization", "Bearer " + token);
        WebSocket socket = client.webSocket(options)
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        socket.textMessageHandler(text -> received.add(new JsonObject(text)));
        socket.writeTextMessage(new JsonObject().put("type", "connection_init").encode());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> received.stream().anyMatch(m -> "connection_ack".equals(m.getString("type"))));
        socket.writeTextMessage(new JsonObject()
                .put("id", "1")
                .put("type", "subscribe")
                .put("payload", new JsonObject().put("query", subscription))
                .encode());
        return received;
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

    private static void announceCta(TopicWriter writer, String owner) {
        announceCta(writer, UUID.randomUUID(), owner);
    }

    /** Each CTA on an account of its own; a CTA's events share its account's key, so they stay in order. */
    private static void announceCta(TopicWriter writer, UUID cta, String owner) {
        UUID account = accountOf(cta);
        writer.send(
                Topics.CTA_EVENTS,
                account.toString(),
                """
                {"ctaId": "%s", "accountId": "%s", "type": "RISK", "reason": "Health dropped", "priority": "HIGH",
                 "ownerId": "%s", "dueDate": null, "source": "RULE", "ruleId": null, "createdAt": "%s"}
                """.formatted(cta, account, owner, Instant.now()),
                TopicWriter.cloudEventHeaders(
                        UUID.randomUUID().toString(), CtaCreated.TYPE, "/cta-service", account.toString()));
    }

    /** A snooze naming its owner, or without {@code ownerId} at all when {@code owner} is null, as before it was. */
    private static void announceSnooze(TopicWriter writer, UUID cta, String owner) {
        UUID account = accountOf(cta);
        writer.send(
                Topics.CTA_EVENTS,
                account.toString(),
                """
                {"ctaId": "%s", "accountId": "%s", %s"snoozedUntil": "%s", "reason": "On leave", "snoozedAt": "%s"}
                """.formatted(cta, account, ownerField(owner), LocalDate.now().plusDays(7), Instant.now()),
                TopicWriter.cloudEventHeaders(
                        UUID.randomUUID().toString(), CtaSnoozed.TYPE, "/cta-service", account.toString()));
    }

    private static void announceClose(TopicWriter writer, UUID cta, String owner) {
        UUID account = accountOf(cta);
        writer.send(
                Topics.CTA_EVENTS,
                account.toString(),
                """
                {"ctaId": "%s", "accountId": "%s", %s"outcome": "CLOSED_SUCCESS", "reason": "Saved", "closedAt": "%s"}
                """.formatted(cta, account, ownerField(owner), Instant.now()),
                TopicWriter.cloudEventHeaders(
                        UUID.randomUUID().toString(), CtaClosed.TYPE, "/cta-service", account.toString()));
    }

    private static String ownerField(String owner) {
        return owner == null ? "" : "\"ownerId\": \"" + owner + "\", ";
    }

    private static UUID accountOf(UUID cta) {
        return UUID.nameUUIDFromBytes(cta.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The ctaChanged payloads received so far. */
    private static List<JsonObject> ctaChanges(List<JsonObject> received) {
        return received.stream()
                .filter(m -> "next".equals(m.getString("type")))
                .map(m -> m.getJsonObject("payload").getJsonObject("data").getJsonObject("ctaChanged"))
                .toList();
    }
}
