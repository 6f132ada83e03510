package dev.tandem.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A cs-admin runs and reads churn analyses through GraphQL, every figure typed as health-service reports it. */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class ChurnAnalysisQueriesTest {

    private static final String ANALYSIS = """
            query Analysis($id: UUID!) {
              churnAnalysis(id: $id) {
                status outcomesTotal parameters { horizonDays windowDays }
                result {
                  outcomes churned testFrom
                  findings { metric auc direction noDataShare cohorts { from to outcomes churned churnRate } }
                  suggestion { groups { name weight measures { metric weight scoring { type fromValue toValue } } } }
                  current { auc redPrecision lowestDecileLift bands { band churnRate } }
                  suggested { auc }
                }
              }
            }
            """;

    @Test
    void aCompletedAnalysisIsReadWithTypedFindingsSuggestionAndBacktests() {
        GraphQL.as(TestTokens.CS_ADMIN, ANALYSIS, Map.of("id", FakeAnalyses.COMPLETED.toString()))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.churnAnalysis.status", equalTo("COMPLETED"))
                .body("data.churnAnalysis.parameters.horizonDays", equalTo(90))
                .body("data.churnAnalysis.result.testFrom", equalTo("2026-05-02"))
                .body("data.churnAnalysis.result.findings[0].direction", equalTo("HIGHER_IS_BETTER"))
                .body("data.churnAnalysis.result.findings[0].cohorts[0].churnRate", equalTo(0.55f))
                .body("data.churnAnalysis.result.suggestion.groups[0].measures[0].scoring.type", equalTo("LINEAR"))
                .body("data.churnAnalysis.result.current.bands[0].band", equalTo("RED"))
                .body("data.churnAnalysis.result.current.auc", equalTo(0.71f))
                .body("data.churnAnalysis.result.suggested.auc", equalTo(0.79f));
    }

    @Test
    void startingPassesTheParametersOnAndTooFewOutcomesIsAValidationErrorSayingHowMany() {
        GraphQL.as(
                        TestTokens.CS_ADMIN,
                        "mutation Start($in: ChurnAnalysisInput) { startChurnAnalysis(input: $in) { status } }",
                        Map.of(
                                "in",
                                Map.of("horizonDays", 60, "pinned", List.of(Map.of("measureKey", "nps", "weight", 5)))))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.startChurnAnalysis.status", equalTo("QUEUED"));
        FakeServices.Received sent = FakeServices.lastBody("POST /api/v1/churn-analyses");
        assertThat(sent.body().getInteger("horizonDays")).isEqualTo(60);
        assertThat(sent.body().getJsonArray("pinned").getJsonObject(0).getString("measureKey"))
                .isEqualTo("nps");

        GraphQL.as(TestTokens.CS_ADMIN, "mutation { startChurnAnalysis(input: {lookBackDays: 30}) { id } }")
                .statusCode(200)
                .body("data.startChurnAnalysis", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("3 churned and 40 retained"));
    }
}
