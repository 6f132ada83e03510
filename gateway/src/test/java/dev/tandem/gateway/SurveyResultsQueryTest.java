package dev.tandem.gateway;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A survey campaign's results in GraphQL, typed: NPS figures overall, by touch model, by cohort and by week, and
 * comments.
 */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class SurveyResultsQueryTest {

    private static final String RESULTS = """
            query Results($id: UUID!) {
              surveyCampaignResults(campaignId: $id) {
                kind sent responses responseRate
                score { nps promoters passives detractors mean }
                bySegment { touchModel responseRate score { nps } }
                byCohort { cohort sent responses responseRate score { nps } }
                byWeek { weekStart score { answers } }
                comments { accountName score comment answeredAt }
              }
            }
            """;

    @Test
    void aCampaignsResultsAreTyped() {
        GraphQL.as(TestTokens.VIEWER, RESULTS, Map.of("id", FakeSurveys.CAMPAIGN.toString()))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.surveyCampaignResults.kind", equalTo("NPS"))
                .body("data.surveyCampaignResults.responseRate", equalTo(0.2632f))
                .body("data.surveyCampaignResults.score.nps", equalTo(30))
                .body("data.surveyCampaignResults.bySegment[0].touchModel", equalTo("HIGH"))
                .body("data.surveyCampaignResults.byCohort[0].cohort", equalTo("2025-02"))
                .body("data.surveyCampaignResults.byCohort[0].responses", equalTo(9))
                .body("data.surveyCampaignResults.byCohort[0].responseRate", equalTo(0.3f))
                .body("data.surveyCampaignResults.byCohort[0].score.nps", equalTo(30))
                .body("data.surveyCampaignResults.byCohort[1].cohort", equalTo("UNKNOWN"))
                .body("data.surveyCampaignResults.byWeek[0].weekStart", equalTo("2026-11-30"))
                .body("data.surveyCampaignResults.comments[0].comment", equalTo("The onboarding was great"));
    }

    @Test
    void anUnknownCampaignIsNotFound() {
        GraphQL.as(TestTokens.CSM, RESULTS, Map.of("id", UUID.randomUUID().toString()))
                .statusCode(200)
                .body("data.surveyCampaignResults", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }
}
