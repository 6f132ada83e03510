package dev.tandem.cta.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.tandem.cta.Fixtures;
import dev.tandem.cta.survey.service.CampaignRunner;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserRole;
import dev.tandem.events.content.Enrolled;
import dev.tandem.events.content.OnboardingSucceeded;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * "30 days after onboarding succeeded, ask how it went": the rule fires on the success, the survey waits as a scheduled
 * campaign (a row, so a restart loses nothing), goes out once it is due, and once only, however often the event comes.
 * Time is driven by running the campaign scheduler as of a later moment.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class DelayedSurveyTest {

    @Inject
    CampaignRunner runner;

    @Test
    void thirtyDaysAfterOnboardingSucceededTheSurveyGoesOutOnce() throws Throwable {
        String plan = Fixtures.plan();
        UUID acme = Surveys.account(plan, TouchModel.LOW);
        String ada = Surveys.user(acme, UserRole.DECISION_MAKER, "Ada");
        UUID survey = Surveys.nps("NPS " + UUID.randomUUID());
        UUID rule = Fixtures.rule("""
                {"name": "NPS after onboarding %s", "trigger": {"kind": "ONBOARDING_SUCCEEDED"},
                 "scope": {"plans": ["%s"]},
                 "actions": [{"kind": "SEND_SURVEY", "surveyId": "%s", "delayDays": 30}]}
                """.formatted(plan, plan, survey));
        UUID enrollment = UUID.randomUUID();
        UUID program = UUID.randomUUID();
        LocalDate today = LocalDate.now();
        Fixtures.apply(
                new Enrolled(enrollment, acme, program, "Onboarding", today.minusDays(40), today.plusDays(20), false));
        OnboardingSucceeded succeeded = new OnboardingSucceeded(enrollment, acme, program, today, 40);
        Instant firedAround = Instant.now();
        UUID event = Fixtures.apply(succeeded);

        assertThat(Fixtures.firings(rule, acme)).isEqualTo(1);
        String campaign = Fixtures.text("SELECT id FROM survey_campaign WHERE created_by = 'rule " + rule + "'");
        assertThat(Fixtures.text("SELECT status FROM survey_campaign WHERE id = '" + campaign + "'"))
                .isEqualTo("SCHEDULED");
        Instant sendAt = Instant.parse(Fixtures.text("SELECT to_char(send_at AT TIME ZONE 'UTC',"
                + " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM survey_campaign WHERE id = '" + campaign + "'"));
        assertThat(Duration.between(firedAround.plus(30, ChronoUnit.DAYS), sendAt)
                        .abs())
                .isLessThan(Duration.ofMinutes(5));

        runAsOf(firedAround.plus(29, ChronoUnit.DAYS));
        assertThat(Fixtures.text("SELECT status FROM survey_campaign WHERE id = '" + campaign + "'"))
                .isEqualTo("SCHEDULED");
        assertThat(Fixtures.count("SELECT count(*) FROM survey_send WHERE campaign_id = '" + campaign + "'"))
                .isZero();
        assertThat(Surveys.mailTo(ada)).isEmpty();

        runAsOf(firedAround.plus(31, ChronoUnit.DAYS));
        assertThat(Fixtures.text("SELECT status FROM survey_campaign WHERE id = '" + campaign + "'"))
                .isEqualTo("DONE");
        Surveys.awaitSent(UUID.fromString(campaign));
        await().atMost(Fixtures.WAIT).until(() -> Surveys.mailTo(ada).size() == 1);

        // The event comes again (a redelivery), and the scheduler runs again later: nothing more is sent.
        Fixtures.send(event, succeeded);
        Fixtures.apply(
                new Enrolled(UUID.randomUUID(), acme, UUID.randomUUID(), "Advanced", today, today.plusDays(60), false));
        runAsOf(firedAround.plus(32, ChronoUnit.DAYS));
        assertThat(Fixtures.firings(rule, acme)).isEqualTo(1);
        assertThat(Fixtures.count("SELECT count(*) FROM survey_campaign WHERE created_by = 'rule " + rule + "'"))
                .isEqualTo(1);
        assertThat(Fixtures.count("SELECT count(*) FROM survey_send WHERE campaign_id = '" + campaign + "'"))
                .isEqualTo(1);
        assertThat(Surveys.mailTo(ada)).hasSize(1);
        Api.as(TestTokens.VIEWER)
                .get("/api/v1/rules/{id}", rule)
                .then()
                .statusCode(200)
                .body("trigger.kind", equalTo("ONBOARDING_SUCCEEDED"))
                .body("actions[0].delayDays", equalTo(30));
    }

    @Test
    void aDelayOutOfRangeOrOnAnotherActionIsRefusedByName() {
        String name = "delayed survey " + UUID.randomUUID();
        UUID survey = Surveys.nps("NPS " + UUID.randomUUID());
        for (String actions : new String[] {
            "{\"kind\": \"SEND_SURVEY\", \"surveyId\": \"%s\", \"delayDays\": 366}".formatted(survey),
            "{\"kind\": \"SEND_SURVEY\", \"surveyId\": \"%s\", \"delayDays\": -1}".formatted(survey),
            "{\"kind\": \"CREATE_CTA\", \"ctaType\": \"RISK\", \"delayDays\": 3}"
        }) {
            Api.as(TestTokens.CS_ADMIN)
                    .contentType(ContentType.JSON)
                    .body("""
                            {"name": "%s", "trigger": {"kind": "ONBOARDING_SUCCEEDED"}, "actions": [%s]}
                            """.formatted(name, actions))
                    .post("/api/v1/rules")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("actions[0].delayDays"));
        }
        assertThat(Fixtures.count("SELECT count(*) FROM rule WHERE name = '" + name + "'"))
                .isZero();
    }

    private void runAsOf(Instant now) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> runner.run(now));
    }
}
