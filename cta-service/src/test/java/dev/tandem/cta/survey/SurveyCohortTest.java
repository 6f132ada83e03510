package dev.tandem.cta.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.tandem.cta.Fixtures;
import dev.tandem.events.account.AccountUpdated;
import dev.tandem.events.account.BillingModel;
import dev.tandem.events.account.ContractStarted;
import dev.tandem.events.account.ContractStatus;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserRole;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Cohorts: a campaign asks the accounts whose customer life began in a month range, as account.events date it or, until
 * they do, as the first paid contract does; results give the response rate and NPS of each cohort.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class SurveyCohortTest {

    @Test
    void aCampaignAsksTheCohortsInItsRangeAndResultsBreakDownByCohort() {
        String plan = Fixtures.plan();
        UUID january = Surveys.account(plan, TouchModel.HIGH, YearMonth.of(2025, 1));
        UUID march = Surveys.account(plan, TouchModel.HIGH, YearMonth.of(2025, 3));
        UUID converted = Surveys.account(plan, TouchModel.LOW, null);
        UUID unknown = Surveys.account(plan, TouchModel.LOW, null);
        firstPaidContract(converted, LocalDate.of(2025, 2, 15));
        // A later update that does not know the cohort yet leaves the one the contract gave.
        Fixtures.apply(updateWithoutCohort(converted, plan));
        assertThat(Fixtures.text("SELECT cohort FROM account_ref WHERE account_id = '" + converted + "'"))
                .isEqualTo("2025-02-01");
        String jan = Surveys.user(january, UserRole.DECISION_MAKER, "Jan");
        String mar = Surveys.user(march, UserRole.DECISION_MAKER, "Mar");
        String feb = Surveys.user(converted, UserRole.DECISION_MAKER, "Feb");
        String none = Surveys.user(unknown, UserRole.DECISION_MAKER, "None");

        UUID campaign = Surveys.campaign(Surveys.nps("NPS " + UUID.randomUUID()), """
                {"plans": ["%s"], "cohortFrom": "2025-02", "cohortTo": "2025-03"}""".formatted(plan), 0);
        Surveys.awaitSent(campaign);
        await().atMost(Fixtures.WAIT)
                .until(() ->
                        Surveys.mailTo(mar).size() == 1 && Surveys.mailTo(feb).size() == 1);
        assertThat(Surveys.mailTo(jan)).isEmpty();
        assertThat(Surveys.mailTo(none)).isEmpty();

        RestAssured.given()
                .contentType(ContentType.JSON)
                .body("{\"answers\": {\"score\": 10, \"comment\": \"Great start\"}}")
                .post(
                        "/api/v1/public/survey-responses/{token}",
                        Surveys.answerToken(Surveys.mailTo(mar).get(0)))
                .then()
                .statusCode(200);

        Api.as(TestTokens.VIEWER)
                .get("/api/v1/survey-campaigns/{id}", campaign)
                .then()
                .statusCode(200)
                .body("audience.cohortFrom", equalTo("2025-02"))
                .body("audience.cohortTo", equalTo("2025-03"));
        Api.as(TestTokens.CSM)
                .get("/api/v1/survey-campaigns/{id}/results", campaign)
                .then()
                .statusCode(200)
                .body("byCohort.size()", equalTo(2))
                .body("byCohort[0].cohort", equalTo("2025-02"))
                .body("byCohort[0].sent", equalTo(1))
                .body("byCohort[0].responses", equalTo(0))
                .body("byCohort[0].responseRate", equalTo(0.0f))
                .body("byCohort[1].cohort", equalTo("2025-03"))
                .body("byCohort[1].responses", equalTo(1))
                .body("byCohort[1].responseRate", equalTo(1.0f))
                .body("byCohort[1].score.nps", equalTo(100));
    }

    @Test
    void aBadCohortIsRefusedByNameAndStartsNothing() {
        UUID survey = Surveys.nps("NPS " + UUID.randomUUID());
        Surveys.assertCampaignRefused(survey, "\"audience\": {\"cohortFrom\": \"2025-13\"}", "audience.cohortFrom");
        Surveys.assertCampaignRefused(survey, "\"audience\": {\"cohortTo\": \"March 2025\"}", "audience.cohortTo");
        Surveys.assertCampaignRefused(
                survey, "\"audience\": {\"cohortFrom\": \"2025-04\", \"cohortTo\": \"2025-03\"}", "audience.cohortTo");
    }

    private static void firstPaidContract(UUID account, LocalDate start) {
        Fixtures.apply(new ContractStarted(
                UUID.randomUUID(),
                account,
                "Growth",
                new BigDecimal("12000"),
                "EUR",
                10,
                start,
                start.plusYears(1),
                true,
                ContractStatus.ACTIVE,
                null,
                Instant.now()));
    }

    private static AccountUpdated updateWithoutCohort(UUID account, String plan) {
        return new AccountUpdated(
                account,
                Fixtures.externalId(account),
                "Converted",
                null,
                null,
                null,
                BillingModel.SUBSCRIPTION,
                plan,
                LifecycleStage.ONBOARDING,
                TouchModel.LOW,
                false,
                null,
                null,
                Instant.now(),
                Map.of());
    }
}
