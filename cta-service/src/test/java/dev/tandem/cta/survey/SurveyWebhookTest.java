package dev.tandem.cta.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.cta.Fixtures;
import dev.tandem.cta.delivery.WebhookReceiver;
import dev.tandem.cta.delivery.domain.WebhookSignature;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserRole;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * In-app surveys: a WEBHOOK campaign posts each invitation, signed, to the vendor's product, retried after a failure
 * and never twice; the link it carries answers the survey. The URL is a secret, whole for cs-admins only.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class SurveyWebhookTest {

    @Test
    void eachInvitationIsPostedSignedOnceAfterARetryAndItsLinkAnswers() throws Exception {
        try (var receiver = new WebhookReceiver().answer("/in-app", 500, 200)) {
            String plan = Fixtures.plan();
            UUID account = Surveys.account(plan, TouchModel.TECH);
            String ada = Surveys.user(account, UserRole.CHAMPION, "Ada Lovelace");
            UUID survey = Surveys.nps("NPS " + UUID.randomUUID());
            UUID campaign = UUID.fromString(Api.as(TestTokens.CS_ADMIN)
                    .contentType(ContentType.JSON)
                    .body("""
                            {"surveyId": "%s", "name": "In-app NPS", "audience": {"plans": ["%s"]},
                             "channel": "WEBHOOK", "webhookUrl": "%s"}
                            """.formatted(survey, plan, receiver.url("/in-app")))
                    .post("/api/v1/survey-campaigns")
                    .then()
                    .statusCode(201)
                    .body("channel", equalTo("WEBHOOK"))
                    .extract()
                    .path("id"));

            await().atMost(Fixtures.WAIT)
                    .until(() -> receiver.received("/in-app").size() == 2);
            var first = receiver.received("/in-app").get(0);
            var second = receiver.received("/in-app").get(1);
            assertThat(second.headers().get("x-tandem-delivery"))
                    .isEqualTo(first.headers().get("x-tandem-delivery"));
            long timestamp = Long.parseLong(second.headers().get("x-tandem-timestamp"));
            assertThat(second.headers().get("x-tandem-signature"))
                    .isEqualTo(WebhookSignature.sign("test-webhook-secret", timestamp, second.body()));
            JsonNode invitation = Fixtures.JSON.readTree(second.body());
            assertThat(invitation.get("kind").asText()).isEqualTo("survey-invitation");
            assertThat(invitation.get("campaignId").asText()).isEqualTo(campaign.toString());
            assertThat(invitation.at("/person/externalId").asText()).isEqualTo("user-" + Surveys.userId(ada));
            assertThat(invitation.at("/person/name").asText()).isEqualTo("Ada Lovelace");
            assertThat(invitation.at("/account/externalId").asText()).isEqualTo(Fixtures.externalId(account));
            assertThat(invitation.at("/survey/kind").asText()).isEqualTo("NPS");
            assertThat(invitation.at("/survey/surveyId").asText()).isEqualTo(survey.toString());
            assertThat(Instant.parse(invitation.get("expiresAt").asText())).isAfter(Instant.now());
            String link = invitation.get("responseUrl").asText();
            assertThat(link).contains("/api/v1/public/survey-responses/");
            assertThat(Surveys.mailTo(ada)).isEmpty();

            // The worker that handed it over dies before recording it: the invitation is handed over again, and the
            // queue, keyed by the invitation, posts nothing more.
            Fixtures.execute("UPDATE survey_send SET status = 'PENDING', next_attempt_at = now() WHERE campaign_id = '"
                    + campaign + "'");
            Surveys.awaitSent(campaign);
            await().during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> receiver.received("/in-app").size() == 2);
            assertThat(Fixtures.count(
                            "SELECT count(*) FROM delivery WHERE kind = 'SURVEY_INVITATION' AND account_id = '"
                                    + account + "'"))
                    .isEqualTo(1);

            RestAssured.given()
                    .contentType(ContentType.JSON)
                    .body("{\"answers\": {\"score\": 9}}")
                    .post(link.substring(link.indexOf("/api/v1/")))
                    .then()
                    .statusCode(200);
            Api.as(TestTokens.VIEWER)
                    .get("/api/v1/survey-campaigns/{id}/results", campaign)
                    .then()
                    .statusCode(200)
                    .body("sent", equalTo(1))
                    .body("responses", equalTo(1));
        }
    }

    @Test
    void theWebhookUrlIsASecretCutToItsHostForAllButCsAdmins() {
        UUID survey = Surveys.nps("NPS " + UUID.randomUUID());
        String url = "http://127.0.0.1:9/hooks/surveys?key=s3cr3t";
        UUID campaign = UUID.fromString(Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"surveyId": "%s", "name": "Secret", "audience": {"plans": ["%s"]},
                         "channel": "WEBHOOK", "webhookUrl": "%s", "sendAt": "%s"}
                        """.formatted(survey, Fixtures.plan(), url, Instant.now().plusSeconds(3600)))
                .post("/api/v1/survey-campaigns")
                .then()
                .statusCode(201)
                .body("webhookUrl", equalTo(url))
                .extract()
                .path("id"));
        Api.as(TestTokens.CS_ADMIN)
                .get("/api/v1/survey-campaigns/{id}", campaign)
                .then()
                .body("webhookUrl", equalTo(url));
        for (String reader : new String[] {TestTokens.CSM, TestTokens.VIEWER}) {
            Api.as(reader)
                    .get("/api/v1/survey-campaigns/{id}", campaign)
                    .then()
                    .statusCode(200)
                    .body("webhookUrl", equalTo("http://127.0.0.1:9/..."));
            Api.as(reader)
                    .get("/api/v1/survey-campaigns")
                    .then()
                    .statusCode(200)
                    .body("find { it.id == '%s' }.webhookUrl".formatted(campaign), equalTo("http://127.0.0.1:9/..."));
        }
    }

    @Test
    void aWebhookThatCannotBeUsedIsRefusedByNameAndStartsNothing() {
        UUID survey = Surveys.nps("NPS " + UUID.randomUUID());
        Surveys.assertCampaignRefused(survey, "\"channel\": \"WEBHOOK\"", "webhookUrl");
        Surveys.assertCampaignRefused(
                survey, "\"channel\": \"WEBHOOK\", \"webhookUrl\": \"http://10.1.2.3/hook\"", "webhookUrl");
        Surveys.assertCampaignRefused(
                survey, "\"channel\": \"WEBHOOK\", \"webhookUrl\": \"ftp://example.com/hook\"", "webhookUrl");
        Surveys.assertCampaignRefused(survey, "\"webhookUrl\": \"https://example.com/hook\"", "webhookUrl");
        Surveys.assertCampaignRefused(survey, "\"channel\": \"PIGEON\"", "channel");
    }

    @Test
    void anInvitationWhoseWebhookFailsForGoodCountsAsFailedNotSent() throws Exception {
        try (var receiver = new WebhookReceiver().answer("/down", 500)) {
            String plan = Fixtures.plan();
            UUID account = Surveys.account(plan, TouchModel.TECH);
            Surveys.user(account, UserRole.MEMBER, "Bob");
            UUID survey = Surveys.nps("NPS " + UUID.randomUUID());
            String campaign = Api.as(TestTokens.CS_ADMIN)
                    .contentType(ContentType.JSON)
                    .body("""
                            {"surveyId": "%s", "name": "In-app, down", "audience": {"plans": ["%s"]},
                             "channel": "WEBHOOK", "webhookUrl": "%s"}
                            """.formatted(survey, plan, receiver.url("/down")))
                    .post("/api/v1/survey-campaigns")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");

            await().atMost(Fixtures.WAIT)
                    .until(() -> "FAILED"
                            .equals(Fixtures.text(
                                    "SELECT status FROM survey_send WHERE campaign_id = '" + campaign + "'")));
            assertThat(receiver.received("/down")).hasSize(4);
            assertThat(Fixtures.text("SELECT last_error FROM survey_send WHERE campaign_id = '" + campaign + "'"))
                    .isEqualTo("HTTP 500");
            Api.as(TestTokens.CSM)
                    .get("/api/v1/survey-campaigns/{id}/results", campaign)
                    .then()
                    .statusCode(200)
                    .body("sent", equalTo(0))
                    .body("failed", equalTo(1));
        }
    }
}
