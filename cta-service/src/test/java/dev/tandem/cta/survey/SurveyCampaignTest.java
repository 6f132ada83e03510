package dev.tandem.cta.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.tandem.cta.Fixtures;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserRole;
import dev.tandem.events.health.HealthBand;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.mail.TestSmtp;
import dev.tandem.testing.mail.TestSmtpResource;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Campaigns on the real SMTP server inside the test JVM: the right people get one personal e-mail each, an
 * unsubscribe or a bounce stops every later one, and the throttle keeps anyone from being asked twice too soon. The
 * SMTP resource applies to every test of the module, so they all share one application.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
@QuarkusTestResource(TestSmtpResource.class)
class SurveyCampaignTest {

    @Test
    void aCampaignEmailsTheSegmentsPeopleOncePersonally() throws Exception {
        String plan = Fixtures.plan();
        UUID acme = Surveys.account(plan, TouchModel.HIGH);
        UUID globex = Surveys.account(plan, TouchModel.LOW);
        UUID elsewhere = Surveys.account(Fixtures.plan(), TouchModel.HIGH);
        String ada = Surveys.user(acme, UserRole.DECISION_MAKER, "Ada Lovelace");
        String member = Surveys.user(acme, UserRole.MEMBER, "Max Member");
        String grace = Surveys.user(globex, UserRole.DECISION_MAKER, "Grace Hopper");
        String outsider = Surveys.user(elsewhere, UserRole.DECISION_MAKER, "Otto Outside");
        UUID survey = Surveys.nps("NPS " + UUID.randomUUID());
        Fixtures.score(acme, null, 35, null, HealthBand.RED);

        UUID campaign =
                Surveys.campaign(survey, "{\"plans\": [\"%s\"], \"roles\": [\"DECISION_MAKER\"]}".formatted(plan), 0);
        Surveys.awaitSent(campaign);

        await().atMost(Fixtures.WAIT)
                .until(() ->
                        Surveys.mailTo(ada).size() == 1 && Surveys.mailTo(grace).size() == 1);
        assertThat(Surveys.mailTo(member)).isEmpty();
        assertThat(Surveys.mailTo(outsider)).isEmpty();

        MimeMessage mail = Surveys.mailTo(ada).get(0);
        String text = TestSmtp.text(mail);
        assertThat(text)
                .contains("Hello Ada Lovelace", "Two minutes of your time", "people at Acme ")
                .contains("things have not gone as they should");
        assertThat(TestSmtp.text(Surveys.mailTo(grace).get(0))).doesNotContain("things have not gone");
        assertThat(Surveys.answerToken(mail)).isNotBlank();
        assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("/api/v1/public/unsubscribe?token=");
        Api.as(TestTokens.VIEWER)
                .get("/api/v1/survey-campaigns/{id}", campaign)
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("recipients", equalTo(2));
        assertThat(Fixtures.count(
                        "SELECT count(*) FROM survey_send WHERE status = 'SENT' AND campaign_id = '" + campaign + "'"))
                .isEqualTo(2);
    }

    @Test
    void nobodyIsSurveyedTwiceWithinTheThrottle() {
        String plan = Fixtures.plan();
        UUID acme = Surveys.account(plan, TouchModel.HIGH);
        String ada = Surveys.user(acme, UserRole.DECISION_MAKER, "Ada");
        UUID survey = Surveys.nps("NPS " + UUID.randomUUID());
        String audience = "{\"plans\": [\"%s\"]}".formatted(plan);

        Surveys.awaitSent(Surveys.campaign(survey, audience, 30));
        String bob = Surveys.user(acme, UserRole.MEMBER, "Bob");
        UUID second = Surveys.campaign(survey, audience, 30);
        Surveys.awaitSent(second);

        // Bob joined since and is asked; Ada was asked today, within the 30 days.
        await().atMost(Fixtures.WAIT).until(() -> Surveys.mailTo(bob).size() == 1);
        assertThat(Surveys.mailTo(ada)).hasSize(1);
        assertThat(Fixtures.count("SELECT recipients FROM survey_campaign WHERE id = '" + second + "'"))
                .isEqualTo(1);
    }

    @Test
    void anUnsubscribeIsHonouredByEveryLaterSend() {
        String plan = Fixtures.plan();
        UUID acme = Surveys.account(plan, TouchModel.TECH);
        String ada = Surveys.user(acme, UserRole.CHAMPION, "Ada");
        String bob = Surveys.user(acme, UserRole.CHAMPION, "Bob");
        UUID survey = Surveys.nps("NPS " + UUID.randomUUID());
        String audience = "{\"plans\": [\"%s\"]}".formatted(plan);
        Surveys.awaitSent(Surveys.campaign(survey, audience, 0));
        await().atMost(Fixtures.WAIT).until(() -> Surveys.mailTo(ada).size() == 1);
        String token = Surveys.unsubscribeToken(Surveys.mailTo(ada).get(0));

        // The link opens a page that asks; posting it (as the page and mail clients do) unsubscribes, twice is fine.
        RestAssured.given()
                .get("/api/v1/public/unsubscribe?token={t}", token)
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML);
        assertThat(Fixtures.count("SELECT count(*) FROM email_suppression WHERE email = '" + ada + "'"))
                .isZero();
        for (int i = 0; i < 2; i++) {
            RestAssured.given()
                    .post("/api/v1/public/unsubscribe?token={t}", token)
                    .then()
                    .statusCode(200)
                    .body("email", equalTo(ada))
                    .body("unsubscribed", equalTo(true));
        }
        RestAssured.given()
                .post("/api/v1/public/unsubscribe?token={t}", token.substring(0, token.length() - 2) + "xx")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");

        Surveys.awaitSent(Surveys.campaign(survey, audience, 0));
        await().atMost(Fixtures.WAIT).until(() -> Surveys.mailTo(bob).size() == 2);
        assertThat(Surveys.mailTo(ada)).hasSize(1);
    }

    @Test
    void aBouncedAddressIsRecordedAndNotMailedAgain() {
        String plan = Fixtures.plan();
        UUID acme = Surveys.account(plan, TouchModel.HIGH);
        String ada = Surveys.user(acme, UserRole.ADMIN, "Ada");
        String bob = Surveys.user(acme, UserRole.ADMIN, "Bob");
        UUID survey = Surveys.nps("NPS " + UUID.randomUUID());
        String audience = "{\"plans\": [\"%s\"]}".formatted(plan);
        UUID first = Surveys.campaign(survey, audience, 0);
        Surveys.awaitSent(first);

        RestAssured.given()
                .auth()
                .oauth2(TestTokens.forClient("mail-relay", TestTokens.INTEGRATOR))
                .contentType(ContentType.JSON)
                .body("{\"email\": \"%s\", \"detail\": \"550 mailbox unavailable\"}".formatted(ada.toUpperCase()))
                .post("/api/v1/email/bounces")
                .then()
                .statusCode(200)
                .body("sendsMarked", equalTo(1));
        Api.as(TestTokens.CSM)
                .get("/api/v1/survey-campaigns/{id}/results", first)
                .then()
                .statusCode(200)
                .body("sent", equalTo(2))
                .body("bounced", equalTo(1));

        Surveys.awaitSent(Surveys.campaign(survey, audience, 0));
        await().atMost(Fixtures.WAIT).until(() -> Surveys.mailTo(bob).size() == 2);
        assertThat(Surveys.mailTo(ada)).hasSize(1);
    }

    @Test
    void aScheduledCampaignWaitsForItsTime() {
        String plan = Fixtures.plan();
        UUID acme = Surveys.account(plan, TouchModel.HIGH);
        Surveys.user(acme, UserRole.ADMIN, "Ada");
        UUID survey = Surveys.nps("NPS " + UUID.randomUUID());
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"surveyId": "%s", "name": "Too far", "audience": {"plans": ["%s"]},
                         "sendAt": "2099-01-01T09:00:00Z"}
                        """.formatted(survey, plan))
                .post("/api/v1/survey-campaigns")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sendAt"));
        String scheduled = Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"surveyId": "%s", "name": "Next week", "audience": {"plans": ["%s"]},
                         "sendAt": "%s"}
                        """.formatted(survey, plan, java.time.Instant.now().plusSeconds(3600)))
                .post("/api/v1/survey-campaigns")
                .then()
                .statusCode(201)
                .body("status", equalTo("SCHEDULED"))
                .extract()
                .path("id");
        assertThat(Fixtures.count("SELECT count(*) FROM survey_send WHERE campaign_id = '" + scheduled + "'"))
                .isZero();
        assertThat(Fixtures.text("SELECT status FROM survey_campaign WHERE id = '" + scheduled + "'"))
                .isEqualTo("SCHEDULED");
    }
}
