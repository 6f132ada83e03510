package dev.tandem.health.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.tandem.health.HealthDatabase;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A company of 160 accounts whose contract terms ended over the last year: those that churned logged in less in the
 * 30 days H (90) days before, and website visits went with nothing. A cs-admin analyses it against a scorecard that
 * measures website visits, reads the finding, and applies the suggestion.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChurnAnalysisResourceTest {

    private static final int ACCOUNTS = 160;
    private static final String PATH = "/api/v1/churn-analyses";

    private final String prefix = "churn-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private final String plan = "analysis-" + UUID.randomUUID();

    @BeforeAll
    void aCompanyWithAYearOfOutcomes() throws Exception {
        HealthDatabase.execute("""
                INSERT INTO account_ref (account_id, external_id, plan, stage, touch_model, updated_at, created_on)
                SELECT gen_random_uuid(), '%1$s' || n, 'Growth', 'ADOPTION', 'LOW', now(), current_date - 800
                  FROM generate_series(0, %2$d - 1) n;
                INSERT INTO account_segment_history (account_external_id, valid_from, stage, touch_model, plan)
                SELECT '%1$s' || n, CAST(current_date - 800 AS timestamptz), 'ADOPTION', 'LOW', 'Growth'
                  FROM generate_series(0, %2$d - 1) n;
                INSERT INTO contract_outcome (contract_id, outcome_on, account_id, outcome, recorded_at)
                SELECT gen_random_uuid(), current_date - 40 - 2 * n, a.account_id,
                       CASE n %% 3 WHEN 0 THEN 'CHURNED' WHEN 1 THEN 'RENEWED' ELSE 'EXPANDED' END, now()
                  FROM generate_series(0, %2$d - 1) n JOIN account_ref a ON a.external_id = '%1$s' || n;
                INSERT INTO account_day (account_external_id, day, signals, logins, website_visits)
                SELECT '%1$s' || n, current_date - 130 - 2 * n - d, 5,
                       CASE WHEN n %% 3 = 0 THEN 1 + (n * 7) %% 4 ELSE 3 + (n * 7) %% 4 END, n %% 4
                  FROM generate_series(0, %2$d - 1) n, generate_series(0, 29) d;
                INSERT INTO signal_source (account_external_id, source, first_day, last_day)
                SELECT '%1$s' || n, s, current_date - 130 - 2 * n - 29, current_date - 130 - 2 * n
                  FROM generate_series(0, %2$d - 1) n, unnest(ARRAY['login', 'website_visit']) s;
                """.formatted(prefix, ACCOUNTS));
    }

    @Test
    void theAnalysisNamesWhatWentWithChurnAndItsSuggestionBecomesTheNextVersion() {
        String scorecard = createScorecard();

        String id = Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"scorecardId\": \"%s\", \"lookBackDays\": 400, \"manualWeight\": 15}".formatted(scorecard))
                .post(PATH)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(202)
                .body("status", equalTo("QUEUED"))
                .body("parameters.horizonDays", equalTo(90))
                .extract()
                .path("id");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> "COMPLETED".equals(analysis(id).getString("status")));

        JsonPath done = analysis(id);
        assertThat(done.getInt("outcomesTotal")).isGreaterThanOrEqualTo(ACCOUNTS);
        assertThat(done.getInt("outcomesDone")).isEqualTo(done.getInt("outcomesTotal"));
        assertThat(done.getString("result.findings[0].metric")).isEqualTo("logins");
        assertThat(done.getString("result.findings[0].direction")).isEqualTo("HIGHER_IS_BETTER");
        assertThat(done.getList("result.findings[0].cohorts")).hasSizeGreaterThan(3);
        // A metric nobody sent is reported, not a failure.
        Map<String, Object> nps = done.getMap("result.findings.find { it.metric == 'nps_average' }");
        assertThat(nps).containsEntry("withData", 0).containsEntry("noDataShare", 1.0f);
        assertThat(done.getList("result.suggestion.groups.find { it.key == 'fitted' }.measures.metric"))
                .contains("logins");
        assertThat(done.getFloat("result.suggestion.groups.find { it.key == 'judgment' }.weight"))
                .isEqualTo(15f);
        assertThat(done.getFloat("result.suggested.auc")).isGreaterThan(0.75f);
        assertThat(done.getFloat("result.suggested.auc")).isGreaterThan(done.getFloat("result.current.auc") + 0.05f);
        assertThat(done.getInt("result.suggested.outcomes")).isEqualTo(done.getInt("result.testedOn"));
        assertThat(done.getList("result.current.bands")).hasSize(3);

        Map<String, Object> apply = new LinkedHashMap<>();
        apply.put("name", "Calibrated");
        apply.put("criteria", Map.of("plans", List.of(plan)));
        apply.put("version", 1);
        apply.put("groups", done.getList("result.suggestion.groups"));
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(apply)
                .put("/api/v1/scorecards/{id}", scorecard)
                .then()
                .statusCode(200)
                .body("scorecard.version", equalTo(2));
        assertThat(Api.as(TestTokens.VIEWER)
                        .get("/api/v1/scorecards/{id}", scorecard)
                        .then()
                        .statusCode(200)
                        .extract()
                        .<List<String>>path("groups.find { it.key == 'fitted' }.measures.metric"))
                .contains("logins");

        // Creating and replacing the scorecard queued rescorings of every account: they finish here, not under the
        // tests that come after.
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> Api.as(TestTokens.CS_ADMIN)
                        .get("/api/v1/rescore-jobs")
                        .then()
                        .statusCode(200)
                        .extract()
                        .<List<String>>path("status")
                        .stream()
                        .noneMatch(status -> status.equals("QUEUED") || status.equals("RUNNING")));

        List<String> listed = Api.as(TestTokens.CS_ADMIN)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("find { it.id == '%s' }.result".formatted(id), equalTo(null))
                .extract()
                .path("id");
        assertThat(listed).contains(id);
    }

    @Test
    void tooFewOutcomesIs422SayingHowMany() {
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"lookBackDays\": 30}")
                .post(PATH)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        matchesPattern("Too few outcomes between .*: \\d+ churned and \\d+ retained;"
                                + " at least 30 of each are needed\\."));
    }

    @Test
    void badParametersAre400NamingEachField() {
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"horizonDays": 0, "windowDays": 400, "manualWeight": 101,
                         "pinned": [{"measureKey": "x", "weight": 0}]}
                        """)
                .post(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        org.hamcrest.Matchers.containsInAnyOrder(
                                "horizonDays", "windowDays", "manualWeight", "pinned[0].weight"));
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"pinned\": [{\"measureKey\": \"no-such-measure\", \"weight\": 10}]}")
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("pinned[0].measureKey"));
        Api.as(TestTokens.CS_ADMIN)
                .get(PATH + "/{id}", UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    private String createScorecard() {
        return Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "Visits", "priority": 5, "criteria": {"plans": ["%s"]}, "groups": [
                          {"key": "engagement", "name": "Engagement", "weight": 100, "measures": [
                            {"key": "visits", "name": "Website visits", "metric": "website_visits", "windowDays": 30,
                             "weight": 1, "scoring": {"type": "LINEAR", "fromValue": 0, "fromPoints": 0,
                                                      "toValue": 90, "toPoints": 100}}]},
                          {"key": "csm-view", "name": "CSM view", "weight": 0, "measures": [
                            {"key": "csm-sentiment", "name": "CSM sentiment", "weight": 1,
                             "scoring": {"type": "MANUAL"}}]}]}
                        """.formatted(plan))
                .post("/api/v1/scorecards")
                .then()
                .statusCode(201)
                .extract()
                .path("scorecard.id");
    }

    private static JsonPath analysis(String id) {
        return Api.as(TestTokens.CS_ADMIN)
                .get(PATH + "/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
