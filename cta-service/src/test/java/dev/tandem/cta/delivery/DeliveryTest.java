package dev.tandem.cta.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.cta.Fixtures;
import dev.tandem.cta.delivery.domain.WebhookSignature;
import dev.tandem.events.Topics;
import dev.tandem.events.account.Seat;
import dev.tandem.events.account.UserCreated;
import dev.tandem.events.account.UserRole;
import dev.tandem.events.cta.MessageFailed;
import dev.tandem.events.cta.MessageSent;
import dev.tandem.events.signal.Signal;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Tech-touch messages and rule webhooks reach a real local HTTP receiver: rendered from the template, signed with
 * HMAC-SHA256, retried with back-off when the receiver fails, given up and shown as failed after the last attempt,
 * and never sent twice for one trigger.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class DeliveryTest {

    private static final String SECRET = "test-webhook-secret";

    @Test
    void aWebhookToThePlatformsOwnNetworkIsRefusedNamingTheAction() {
        for (String url : List.of(
                "http://169.254.169.254/latest/meta-data", "http://[::1]:15432/", "http://10.0.0.7:5432/health")) {
            Api.as(TestTokens.CS_ADMIN)
                    .contentType(ContentType.JSON)
                    .body("""
                            {"name": "exfiltrate", "trigger": {"kind": "SIGNAL_MATCHED", "signal": {"type": "login"}},
                             "actions": [{"kind": "CALL_WEBHOOK", "url": "%s"}]}
                            """.formatted(url))
                    .post("/api/v1/rules")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("actions[0].url"))
                    .body("errors[0].reason", containsString("must not point to the platform's own network"));
        }
        Api.as(TestTokens.CS_ADMIN)
                .get("/api/v1/rules")
                .then()
                .statusCode(200)
                .body("name", not(hasItem("exfiltrate")));
    }

    @Test
    void messagesAreRenderedSignedRetriedAndFailuresShown() throws Exception {
        try (var receiver =
                new WebhookReceiver().answer("/messages", 503, 502, 200).answer("/hooks", 500)) {
            String plan = Fixtures.plan();
            UUID account = Fixtures.account(plan, null);
            UUID user = UUID.randomUUID();
            Fixtures.apply(new UserCreated(
                    user,
                    account,
                    "dana-" + account,
                    "dana@example.org",
                    "Dana",
                    UserRole.CHAMPION,
                    Seat.PAID,
                    Instant.now(),
                    null,
                    Instant.now()));
            String template = Api.as(TestTokens.CS_ADMIN)
                    .contentType(ContentType.JSON)
                    .body("""
                            {"name": "reports nudge %s", "channel": "email",
                             "subject": "{{account.name}}: your reports",
                             "body": "Hi {{user.name|there}}, you have not tried reports yet."}
                            """.formatted(plan))
                    .post("/api/v1/message-templates")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            UUID rule = Fixtures.rule(
                    """
                    {"name": "nudge %s", "scope": {"plans": ["%s"]},
                     "trigger": {"kind": "SIGNAL_MATCHED", "signal": {"type": "login"}},
                     "reentry": {"mode": "AT_MOST", "times": 1},
                     "actions": [{"kind": "SEND_MESSAGE", "templateId": "%s", "url": "%s"},
                                 {"kind": "CALL_WEBHOOK", "url": "%s"}]}
                    """.formatted(plan, plan, template, receiver.url("/messages"), receiver.url("/hooks")));

            UUID login = Fixtures.apply(login(account, "dana-" + account));

            await().atMost(Fixtures.WAIT)
                    .until(() -> receiver.received("/messages").size() == 3);
            var attempts = receiver.received("/messages");
            for (var attempt : attempts) {
                long timestamp = Long.parseLong(attempt.headers().get("x-tandem-timestamp"));
                assertThat(attempt.headers().get("x-tandem-signature"))
                        .as("signature of %s", attempt.body())
                        .isEqualTo(WebhookSignature.sign(SECRET, timestamp, attempt.body()));
                assertThat(attempt.headers().get("x-tandem-delivery"))
                        .isEqualTo(attempts.get(0).headers().get("x-tandem-delivery"));
            }
            JsonNode message = Fixtures.JSON.readTree(attempts.get(0).body());
            assertThat(message.get("subject").asText())
                    .endsWith(": your reports")
                    .startsWith("Account ");
            assertThat(message.get("body").asText()).isEqualTo("Hi Dana, you have not tried reports yet.");
            assertThat(message.get("to").asText()).isEqualTo("dana@example.org");
            assertThat(message.get("userId").asText()).isEqualTo(user.toString());

            String messageId = attempts.get(0).headers().get("x-tandem-delivery");
            await().atMost(Fixtures.WAIT)
                    .untilAsserted(() -> Api.as(TestTokens.CSM)
                            .queryParam("accountId", account)
                            .get("/api/v1/deliveries")
                            .then()
                            .statusCode(200)
                            .body("items.find { it.id == '%s' }.status".formatted(messageId), equalTo("SENT"))
                            .body("items.find { it.id == '%s' }.attempts".formatted(messageId), equalTo(3))
                            .body("items.find { it.kind == 'WEBHOOK' }.status", equalTo("FAILED"))
                            .body("items.find { it.kind == 'WEBHOOK' }.attempts", equalTo(4))
                            .body("items.find { it.kind == 'WEBHOOK' }.lastError", equalTo("HTTP 500")));
            assertThat(receiver.received("/hooks")).hasSize(4);
            Api.as(TestTokens.VIEWER)
                    .queryParam("status", "FAILED")
                    .queryParam("accountId", account)
                    .get("/api/v1/deliveries")
                    .then()
                    .body("items.kind", hasItem("WEBHOOK"))
                    .body("items.size()", equalTo(1));

            // A webhook URL may be the receiver's credential: whole for cs-admins, its host for everyone else.
            String hook = receiver.url("/hooks");
            String cut = hook.substring(0, hook.length() - "/hooks".length()) + "/...";
            Api.as(TestTokens.VIEWER)
                    .queryParam("accountId", account)
                    .get("/api/v1/deliveries")
                    .then()
                    .body("items.find { it.kind == 'WEBHOOK' }.url", equalTo(cut));
            Api.as(TestTokens.CS_ADMIN)
                    .queryParam("accountId", account)
                    .get("/api/v1/deliveries")
                    .then()
                    .body("items.find { it.kind == 'WEBHOOK' }.url", equalTo(hook));
            Api.as(TestTokens.CSM)
                    .get("/api/v1/rules/{id}", rule)
                    .then()
                    .statusCode(200)
                    .body("actions[1].url", equalTo(cut));
            Api.as(TestTokens.CS_ADMIN).get("/api/v1/rules/{id}", rule).then().body("actions[1].url", equalTo(hook));

            var reader = new TopicReader(Fixtures.kafka());
            assertThat(reader.find(
                            Topics.CTA_EVENTS,
                            r -> MessageSent.TYPE.equals(TopicReader.header(r, "ce_type"))
                                    && r.value().contains(messageId),
                            Fixtures.WAIT))
                    .isPresent();
            assertThat(reader.find(
                            Topics.CTA_EVENTS,
                            r -> MessageFailed.TYPE.equals(TopicReader.header(r, "ce_type"))
                                    && r.value().contains(rule.toString()),
                            Fixtures.WAIT))
                    .isPresent();

            // The same trigger again (a redelivery with the same id) queues nothing new.
            Fixtures.send(login, login(account, "dana-" + account));
            Fixtures.apply(login(account, "dana-" + account));
            assertThat(Fixtures.count("SELECT count(*) FROM delivery WHERE account_id = '" + account + "'"))
                    .isEqualTo(2);
        }
    }

    @Test
    void templatesRefuseUnknownPlaceholders() {
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "bad %s", "channel": "email", "subject": "Hi", "body": "{{user.password}}"}
                        """.formatted(UUID.randomUUID()))
                .post("/api/v1/message-templates")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
    }

    private static Signal login(UUID account, String user) {
        return new Signal(
                UUID.randomUUID().toString(),
                Fixtures.externalId(account),
                user,
                "login",
                null,
                Instant.now(),
                null,
                Map.of());
    }
}
