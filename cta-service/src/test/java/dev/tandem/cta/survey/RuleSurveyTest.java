package dev.tandem.cta.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.tandem.cta.Fixtures;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.StageChanged;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserRole;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.mail.TestSmtpResource;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A rule that sends a survey: the account that fired it is asked, once within the throttle, as by any campaign. */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
@QuarkusTestResource(TestSmtpResource.class)
class RuleSurveyTest {

    @Test
    void aFiringRuleEmailsTheAccountsChosenPeopleOnce() {
        String plan = Fixtures.plan();
        UUID acme = Surveys.account(plan, TouchModel.HIGH);
        UUID globex = Surveys.account(plan, TouchModel.HIGH);
        String ada = Surveys.user(acme, UserRole.DECISION_MAKER, "Ada Lovelace");
        String member = Surveys.user(acme, UserRole.MEMBER, "Max Member");
        String grace = Surveys.user(globex, UserRole.DECISION_MAKER, "Grace Hopper");
        UUID survey = Surveys.nps("NPS " + UUID.randomUUID());
        UUID rule = Fixtures.rule("""
                {"name": "NPS at renewal %s", "trigger": {"kind": "STAGE_ENTERED", "stage": "RENEWAL"},
                 "scope": {"plans": ["%s"]},
                 "actions": [{"kind": "SEND_SURVEY", "surveyId": "%s", "roles": ["DECISION_MAKER"],
                              "throttleDays": 30}]}
                """.formatted(plan, plan, survey));

        enterRenewal(acme);
        await().atMost(Fixtures.WAIT).until(() -> Surveys.mailTo(ada).size() == 1);
        assertThat(Surveys.answerToken(Surveys.mailTo(ada).get(0))).isNotBlank();

        // It enters the stage again: the rule fires again, and the throttle keeps Ada from being asked twice.
        enterRenewal(acme);
        assertThat(Fixtures.firings(rule, acme)).isEqualTo(2);
        awaitCampaignsDone(rule);
        assertThat(Surveys.mailTo(ada)).hasSize(1);
        assertThat(Surveys.mailTo(member)).isEmpty();
        assertThat(Surveys.mailTo(grace)).isEmpty();
        Api.as(TestTokens.CS_ADMIN)
                .get("/api/v1/rules/{id}", rule)
                .then()
                .statusCode(200)
                .body("actions[0].kind", equalTo("SEND_SURVEY"))
                .body("actions[0].surveyId", equalTo(survey.toString()))
                .body("actions[0].roles", hasItem("DECISION_MAKER"))
                .body("actions[0].throttleDays", equalTo(30));
    }

    @Test
    void anUnknownSurveyIsRefusedNamingTheField() {
        String name = "survey rule " + UUID.randomUUID();
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "trigger": {"kind": "STAGE_ENTERED", "stage": "RENEWAL"},
                         "actions": [{"kind": "SEND_SURVEY", "surveyId": "%s"}]}
                        """.formatted(name, UUID.randomUUID()))
                .post("/api/v1/rules")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("actions[0].surveyId"));
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "trigger": {"kind": "STAGE_ENTERED", "stage": "RENEWAL"},
                         "actions": [{"kind": "SEND_SURVEY", "throttleDays": 400, "roles": [null]}]}
                        """.formatted(name))
                .post("/api/v1/rules")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("actions[0].surveyId"))
                .body("errors.field", hasItem("actions[0].throttleDays"))
                .body("errors.field", hasItem("actions[0].roles"));
        assertThat(Fixtures.count("SELECT count(*) FROM rule WHERE name = '" + name + "'"))
                .isZero();
    }

    private static void enterRenewal(UUID account) {
        Fixtures.apply(
                new StageChanged(account, LifecycleStage.ADOPTION, LifecycleStage.RENEWAL, "test", Instant.now()));
    }

    private static void awaitCampaignsDone(UUID rule) {
        await().atMost(Fixtures.WAIT)
                .until(() -> Fixtures.count("SELECT count(*) FROM survey_campaign WHERE created_by = 'rule " + rule
                                + "' AND status <> 'DONE'")
                        == 0);
        await().atMost(Fixtures.WAIT)
                .until(() -> Fixtures.count("SELECT count(*) FROM survey_send s JOIN survey_campaign c ON c.id ="
                                + " s.campaign_id WHERE c.created_by = 'rule " + rule + "' AND s.status = 'PENDING'")
                        == 0);
    }
}
