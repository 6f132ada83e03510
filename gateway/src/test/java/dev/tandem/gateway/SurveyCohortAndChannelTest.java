package dev.tandem.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A campaign's cohorts and channel in GraphQL, typed: they reach cta-service as its REST body, its refusals come back
 * as VALIDATION naming the field, and a WEBHOOK campaign's URL, a secret, is whole for cs-admins only.
 */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class SurveyCohortAndChannelTest {

    private static final String START = """
            mutation Start($campaign: SurveyCampaignInput!) {
              createSurveyCampaign(campaign: $campaign) {
                id channel webhookUrl audience { plans cohortFrom cohortTo }
              }
            }
            """;

    private static final String ONE = """
            query One($id: UUID!) { surveyCampaign(id: $id) { name channel webhookUrl } }
            """;

    private static final String HOOK = "https://hooks.example.com/in-app/s3cr3t-t0ken";

    @Test
    void aCohortCampaignsAudienceReachesCtaServiceAndComesBackTyped() {
        Map<String, Object> campaign = Map.of(
                "surveyId", FakeSurveys.SURVEY.toString(),
                "name", "Spring 2025 cohort",
                "audience", Map.of("cohortFrom", "2025-02", "cohortTo", "2025-03"));

        GraphQL.as(TestTokens.CS_ADMIN, START, Map.of("campaign", campaign))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createSurveyCampaign.channel", equalTo("EMAIL"))
                .body("data.createSurveyCampaign.webhookUrl", nullValue())
                .body("data.createSurveyCampaign.audience.cohortFrom", equalTo("2025-02"))
                .body("data.createSurveyCampaign.audience.cohortTo", equalTo("2025-03"));

        JsonObject audience = FakeSurveys.lastBody("/api/v1/survey-campaigns").getJsonObject("audience");
        assertThat(audience.getString("cohortFrom")).isEqualTo("2025-02");
        assertThat(audience.getString("cohortTo")).isEqualTo("2025-03");
    }

    @Test
    void aCohortThatIsNoMonthIsValidationNamingIt() {
        Map<String, Object> campaign = Map.of(
                "surveyId", FakeSurveys.SURVEY.toString(),
                "name", "Month 13",
                "audience", Map.of("cohortFrom", "2025-13"));

        GraphQL.as(TestTokens.CS_ADMIN, START, Map.of("campaign", campaign))
                .statusCode(200)
                .body("data.createSurveyCampaign", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("audience.cohortFrom: must be a month as YYYY-MM"));
    }

    @Test
    void aWebhookCampaignsUrlIsWholeForTheAdminAndCutToItsHostForACsm() {
        Map<String, Object> campaign = Map.of(
                "surveyId",
                FakeSurveys.SURVEY.toString(),
                "name",
                "In-app NPS",
                "channel",
                "WEBHOOK",
                "webhookUrl",
                HOOK);

        String id = GraphQL.as(TestTokens.CS_ADMIN, START, Map.of("campaign", campaign))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createSurveyCampaign.channel", equalTo("WEBHOOK"))
                .body("data.createSurveyCampaign.webhookUrl", equalTo(HOOK))
                .extract()
                .path("data.createSurveyCampaign.id");
        JsonObject sent = FakeSurveys.lastBody("/api/v1/survey-campaigns");
        assertThat(sent.getString("channel")).isEqualTo("WEBHOOK");
        assertThat(sent.getString("webhookUrl")).isEqualTo(HOOK);

        GraphQL.as(TestTokens.CSM, ONE, Map.of("id", id))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.surveyCampaign.channel", equalTo("WEBHOOK"))
                .body("data.surveyCampaign.webhookUrl", equalTo("https://hooks.example.com/..."));
        GraphQL.as(TestTokens.VIEWER, ONE, Map.of("id", id))
                .statusCode(200)
                .body("data.surveyCampaign.webhookUrl", equalTo("https://hooks.example.com/..."));
        GraphQL.as(TestTokens.CS_ADMIN, ONE, Map.of("id", id))
                .statusCode(200)
                .body("data.surveyCampaign.webhookUrl", equalTo(HOOK));
    }

    @Test
    void anUnknownChannelIsRefusedBeforeCtaServiceIsAsked() {
        Map<String, Object> campaign =
                Map.of("surveyId", FakeSurveys.SURVEY.toString(), "name", "By pigeon", "channel", "PIGEON");

        GraphQL.as(TestTokens.CS_ADMIN, START, Map.of("campaign", campaign))
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", containsString("PIGEON"));
    }
}
