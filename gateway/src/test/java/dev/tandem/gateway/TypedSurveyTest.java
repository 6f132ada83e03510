package dev.tandem.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Survey definitions and campaigns in GraphQL, typed: what a cs-admin writes reaches cta-service as its REST body, and
 * cta-service's refusals come back as VALIDATION naming the field.
 */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class TypedSurveyTest {

    private static final String SAVE = """
            mutation Save($survey: SurveyInput!) {
              saveSurvey(survey: $survey) { id name version kind questions { key kind text min max choices required } }
            }
            """;

    private static final String START = """
            mutation Start($campaign: SurveyCampaignInput!) {
              createSurveyCampaign(campaign: $campaign) {
                id name status sendAt recipients audience { touchModels stages roles accountIds }
              }
            }
            """;

    @Test
    void surveysAndOneVersionAreTyped() {
        GraphQL.as(TestTokens.VIEWER, "{ surveys { id name version kind questions { key kind min max } } }")
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.surveys[0].kind", equalTo("NPS"))
                .body("data.surveys[0].questions[0].key", equalTo("score"))
                .body("data.surveys[0].questions[0].max", equalTo(10));

        GraphQL.as(
                        TestTokens.CSM,
                        "query One($id: UUID!) { survey(id: $id) { name subject intro createdBy createdAt } }",
                        Map.of("id", FakeSurveys.SURVEY.toString()))
                .statusCode(200)
                .body("data.survey.subject", equalTo("How are we doing?"));

        GraphQL.as(
                        TestTokens.CSM,
                        "query One($id: UUID!) { survey(id: $id) { name } }",
                        Map.of("id", UUID.randomUUID().toString()))
                .statusCode(200)
                .body("data.survey", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void aCustomSurveysQuestionsReachCtaServiceAsItsBody() {
        Map<String, Object> survey = Map.of(
                "name",
                "Onboarding check",
                "kind",
                "CUSTOM",
                "subject",
                "Two questions",
                "intro",
                "About your first weeks",
                "questions",
                List.of(
                        Map.of("key", "ease", "kind", "SCALE", "text", "How easy?", "min", 1, "max", 5),
                        Map.of(
                                "key",
                                "channel",
                                "kind",
                                "CHOICE",
                                "text",
                                "Where did you learn?",
                                "choices",
                                List.of("Docs", "Webinar"),
                                "required",
                                false)));

        GraphQL.as(TestTokens.CS_ADMIN, SAVE, Map.of("survey", survey))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.saveSurvey.version", equalTo(2))
                .body("data.saveSurvey.kind", equalTo("CUSTOM"))
                .body("data.saveSurvey.questions", hasSize(2))
                .body("data.saveSurvey.questions[1].choices[1]", equalTo("Webinar"))
                .body("data.saveSurvey.questions[1].required", equalTo(false));

        JsonObject sent = FakeSurveys.lastBody("/api/v1/surveys");
        assertThat(sent.getString("kind")).isEqualTo("CUSTOM");
        assertThat(sent.getJsonArray("questions").getJsonObject(0).getInteger("max"))
                .isEqualTo(5);
    }

    @Test
    void aScaleCtaServiceRefusesIsValidationNamingTheQuestion() {
        Map<String, Object> survey = Map.of(
                "name", "Broken",
                "kind", "CUSTOM",
                "subject", "s",
                "intro", "i",
                "questions", List.of(Map.of("key", "ease", "kind", "SCALE", "text", "How easy?", "min", 5, "max", 5)));

        GraphQL.as(TestTokens.CS_ADMIN, SAVE, Map.of("survey", survey))
                .statusCode(200)
                .body("data.saveSurvey", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("questions[0].max: a scale needs 0 <= min < max <= 100"));
    }

    @Test
    void anUnknownKindIsRefusedBeforeCtaServiceIsAsked() {
        Map<String, Object> survey = Map.of("name", "x", "kind", "MOOD", "subject", "s", "intro", "i");

        GraphQL.as(TestTokens.CS_ADMIN, SAVE, Map.of("survey", survey))
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", containsString("MOOD"));
    }

    @Test
    void aScheduledCampaignForDecisionMakersReachesCtaServiceTyped() {
        String account = UUID.randomUUID().toString();
        Map<String, Object> campaign = Map.of(
                "surveyId",
                FakeSurveys.SURVEY.toString(),
                "name",
                "Decision makers, Q1",
                "sendAt",
                "2027-01-04T09:00:00Z",
                "throttleDays",
                30,
                "audience",
                Map.of(
                        "stages",
                        List.of("ADOPTION"),
                        "roles",
                        List.of("DECISION_MAKER"),
                        "accountIds",
                        List.of(account)));

        GraphQL.as(TestTokens.CS_ADMIN, START, Map.of("campaign", campaign))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createSurveyCampaign.name", equalTo("Decision makers, Q1"))
                .body("data.createSurveyCampaign.status", equalTo("SCHEDULED"))
                .body("data.createSurveyCampaign.sendAt", equalTo("2027-01-04T09:00:00Z"))
                .body("data.createSurveyCampaign.audience.roles[0]", equalTo("DECISION_MAKER"))
                .body("data.createSurveyCampaign.audience.accountIds[0]", equalTo(account));

        JsonObject sent = FakeSurveys.lastBody("/api/v1/survey-campaigns");
        assertThat(sent.getString("surveyId")).isEqualTo(FakeSurveys.SURVEY.toString());
        assertThat(sent.getInteger("throttleDays")).isEqualTo(30);
        assertThat(sent.getJsonObject("audience").getJsonArray("stages").getString(0))
                .isEqualTo("ADOPTION");
    }

    @Test
    void aThrottleCtaServiceRefusesIsValidationNamingIt() {
        Map<String, Object> campaign =
                Map.of("surveyId", FakeSurveys.SURVEY.toString(), "name", "Too long", "throttleDays", 400);

        GraphQL.as(TestTokens.CS_ADMIN, START, Map.of("campaign", campaign))
                .statusCode(200)
                .body("data.createSurveyCampaign", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("throttleDays: must be 0 to 365"));
    }

    @Test
    void campaignsListAndOneCampaignShowStatusAndRecipients() {
        GraphQL.as(TestTokens.VIEWER, "{ surveyCampaigns(first: 5) { id status recipients audience { touchModels } } }")
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.surveyCampaigns[0].status", equalTo("DONE"))
                .body("data.surveyCampaigns[0].recipients", equalTo(40))
                .body("data.surveyCampaigns[0].audience.touchModels[0]", equalTo("HIGH"));
        assertThat(FakeSurveys.lastLimit()).isEqualTo("5");

        GraphQL.as(
                        TestTokens.CSM,
                        "query One($id: UUID!) { surveyCampaign(id: $id) { surveyId throttleDays expiresDays } }",
                        Map.of("id", FakeSurveys.CAMPAIGN.toString()))
                .statusCode(200)
                .body("data.surveyCampaign.surveyId", equalTo(FakeSurveys.SURVEY.toString()))
                .body("data.surveyCampaign.expiresDays", equalTo(14));
    }

    @Test
    void aPageOfCampaignsBeyond200IsValidationNamingFirst() {
        GraphQL.as(TestTokens.VIEWER, "{ surveyCampaigns(first: 201) { id } }")
                .statusCode(200)
                .body("data.surveyCampaigns", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("first"));
    }
}
