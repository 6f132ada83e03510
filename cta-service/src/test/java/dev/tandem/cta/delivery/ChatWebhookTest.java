package dev.tandem.cta.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.cta.Fixtures;
import dev.tandem.cta.delivery.domain.WebhookSignature;
import dev.tandem.events.signal.Signal;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A rule's webhook in Slack or Teams format reaches a real local receiver as the JSON those incoming webhooks take,
 * signed like every delivery, retried after a 500, and sent once however often its trigger is redelivered.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class ChatWebhookTest {

    @Test
    void slackAndTeamsWebhooksGetTheirFormatsAfterRetries() throws Exception {
        try (var receiver = new WebhookReceiver().answer("/slack", 500, 200).answer("/teams", 200)) {
            String plan = Fixtures.plan();
            UUID account = Fixtures.account(plan, null);
            Fixtures.rule("""
                    {"name": "logins to chat %s", "scope": {"plans": ["%s"]},
                     "trigger": {"kind": "SIGNAL_MATCHED", "signal": {"type": "login"}},
                     "actions": [{"kind": "CALL_WEBHOOK", "url": "%s", "format": "SLACK"},
                                 {"kind": "CALL_WEBHOOK", "url": "%s", "format": "TEAMS"}]}
                    """.formatted(plan, plan, receiver.url("/slack"), receiver.url("/teams")));
            Signal login = signal(account, "login");

            UUID loginId = Fixtures.apply(login);

            await().atMost(Fixtures.WAIT)
                    .until(() -> receiver.received("/slack").size() == 2);
            await().atMost(Fixtures.WAIT)
                    .until(() -> receiver.received("/teams").size() == 1);
            var slack = receiver.received("/slack").get(1);
            JsonNode slackBody = Fixtures.JSON.readTree(slack.body());
            assertThat(slackBody.get("text").asText()).startsWith("logins to chat " + plan + ": Account ");
            assertThat(slackBody.get("blocks").get(0).get("type").asText()).isEqualTo("header");
            assertThat(slackBody.get("blocks").get(1).get("text").get("text").asText())
                    .contains("login");
            long timestamp = Long.parseLong(slack.headers().get("x-tandem-timestamp"));
            assertThat(slack.headers().get("x-tandem-signature"))
                    .isEqualTo(WebhookSignature.sign("test-webhook-secret", timestamp, slack.body()));
            JsonNode teamsBody =
                    Fixtures.JSON.readTree(receiver.received("/teams").get(0).body());
            assertThat(teamsBody.get("@type").asText()).isEqualTo("MessageCard");
            assertThat(teamsBody.get("title").asText()).startsWith("logins to chat " + plan);

            await().atMost(Fixtures.WAIT)
                    .untilAsserted(() -> Api.as(TestTokens.CSM)
                            .queryParam("accountId", account)
                            .get("/api/v1/deliveries")
                            .then()
                            .statusCode(200)
                            .body("items.find { it.channel == 'slack' }.status", equalTo("SENT"))
                            .body("items.find { it.channel == 'slack' }.attempts", equalTo(2))
                            .body("items.find { it.channel == 'teams' }.status", equalTo("SENT")));

            // Redelivered by the broker (and a later signal of the account applied after it): nothing new is queued.
            Fixtures.send(loginId, login);
            Fixtures.apply(signal(account, "feature_used"));
            assertThat(Fixtures.count("SELECT count(*) FROM delivery WHERE account_id = '" + account + "'"))
                    .isEqualTo(2);
            assertThat(receiver.received("/slack")).hasSize(2);
        }
    }

    @Test
    void aFormatOnAnActionThatIsNoWebhookIsRefusedByName() {
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "misplaced format %s", "trigger": {"kind": "SIGNAL_MATCHED", "signal": {"type": "login"}},
                         "actions": [{"kind": "CREATE_CTA", "ctaType": "RISK", "format": "SLACK"}]}
                        """.formatted(UUID.randomUUID()))
                .post("/api/v1/rules")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("actions[0].format"));
    }

    private static Signal signal(UUID account, String type) {
        return new Signal(
                UUID.randomUUID().toString(),
                Fixtures.externalId(account),
                "someone-" + account,
                type,
                null,
                Instant.now(),
                null,
                Map.of());
    }
}
