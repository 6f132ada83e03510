package dev.tandem.health.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import dev.tandem.health.TestAccounts;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A cs-admin configures scorecards; accounts are then scored on the one their segment selects. */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class ScorecardConfigurationTest {

    private static final String DEAR = "00000000-0000-0000-0000-00000000dea1";

    /** A plan of this test's own, so that its scorecards judge no other test's accounts. */
    private final String plan = "plan-" + UUID.randomUUID();

    @Test
    void accountsOfTheSelectedSegmentAreScoredOnItsScorecardWithThresholdsAndManualValues() {
        String scorecard = create(onboardingScorecard("Onboarding " + plan))
                .statusCode(201)
                .body("scorecard.version", equalTo(1))
                .body("rescore.self", containsString("/api/v1/rescore-jobs/"))
                .extract()
                .path("scorecard.id");
        String onboarding = "onb-" + UUID.randomUUID();
        String other = "oth-" + UUID.randomUUID();
        TestAccounts.announce(UUID.randomUUID(), onboarding, plan, "ONBOARDING", "csm-user");
        TestAccounts.announce(UUID.randomUUID(), other, "Growth", "ADOPTION");
        TestAccounts.post(setupSteps(onboarding, 2));

        await().atMost(Duration.ofSeconds(20)).until(() -> health(onboarding).getString("score") != null);
        JsonPath health = health(onboarding);
        assertThat(health.getString("groups[0].key")).isEqualTo("setup");
        assertThat(health.getFloat("groups[0].measures[0].points"))
                .as("2 steps reach the 60-point band")
                .isEqualTo(60f);
        assertThat(health.getInt("score"))
                .as("the manual measure has no value: Setup alone")
                .isEqualTo(60);
        assertThat(health(other).getString("groups[0].key"))
                .as("other plans stay on DEAR")
                .isEqualTo("deployment");

        Api.as(TestTokens.CSM)
                .contentType(ContentType.JSON)
                .body("{\"points\": 100, \"expiresOn\": \"%s\", \"note\": \"Champion is thrilled\"}"
                        .formatted(LocalDate.now().plusDays(30)))
                .put("/api/v1/accounts/{a}/manual-measures/{m}", onboarding, manualKey())
                .then()
                .statusCode(200)
                .body("setBy", equalTo("csm-user"));

        assertThat(health(onboarding).getInt("score"))
                .as("0.6 x 60 + 0.4 x 100")
                .isEqualTo(76);
        assertThat(health(onboarding).getString("band")).isEqualTo("GREEN");
        delete(scorecard);
    }

    @Test
    void churnedAccountsAreNotScored() {
        String churned = "churned-" + UUID.randomUUID();
        TestAccounts.announce(UUID.randomUUID(), churned, "Growth", "CHURNED");
        TestAccounts.post(setupSteps(churned, 3));

        JsonPath health = health(churned);

        assertThat(health.getString("score")).isNull();
        assertThat(health.getString("band")).isNull();
        assertThat(health.getString("explanation")).contains("Churned");
    }

    @Test
    void aBadDefinitionIsRefusedNamingEachField() {
        String body = """
                {"name": "Broken", "criteria": {"stages": ["SLEEPING"]},
                 "groups": [{"key": "g", "name": "G", "weight": 10, "measures": [
                   {"key": "a", "name": "A", "metric": "vibes", "windowDays": 30, "weight": 1,
                    "scoring": {"type": "LINEAR", "fromValue": 1, "fromPoints": 0, "toValue": 1, "toPoints": 100}},
                   {"key": "b", "name": "B", "metric": "active_days", "windowDays": 400, "weight": 1,
                    "scoring": {"type": "THRESHOLD", "thresholds": [{"atLeast": 5, "points": 50},
                                                                     {"atLeast": 2, "points": 120}]}}]}]}
                """;

        create(body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        hasItems(
                                "criteria.stages",
                                "groups[0].measures[0].metric",
                                "groups[0].measures[0].scoring.toValue",
                                "groups[0].measures[1].windowDays",
                                "groups[0].measures[1].scoring.thresholds[1].atLeast",
                                "groups[0].measures[1].scoring.thresholds[1].points"));
        create("{\"name\": \"Empty\"}").statusCode(400).body("errors.field", hasItem("groups"));
        Api.as(TestTokens.CS_ADMIN)
                .get("/api/v1/scorecards")
                .then()
                .body("name", org.hamcrest.Matchers.not(hasItem("Broken")));
    }

    @Test
    void anEditNamesTheVersionItStartedFromAndTheDefaultStays() {
        String name = "Versioned " + plan;
        String id = create(onboardingScorecard(name)).statusCode(201).extract().path("scorecard.id");

        replace(id, onboardingScorecard(name).replace("\"priority\": 10", "\"priority\": 20, \"version\": 1"))
                .statusCode(200)
                .body("scorecard.version", equalTo(2))
                .body("scorecard.priority", equalTo(20));
        replace(id, onboardingScorecard(name).replace("\"priority\": 10", "\"priority\": 30, \"version\": 1"))
                .statusCode(409)
                .body("detail", containsString("version 2"));
        replace(id, onboardingScorecard(name)).statusCode(400).body("errors[0].field", equalTo("version"));
        create(onboardingScorecard(name)).statusCode(409).body("detail", containsString("exists already"));

        Api.as(TestTokens.CS_ADMIN)
                .delete("/api/v1/scorecards/{id}", DEAR)
                .then()
                .statusCode(409);
        delete(id);
        Api.as(TestTokens.CS_ADMIN).get("/api/v1/scorecards/{id}", id).then().statusCode(404);
    }

    @Test
    void aChangeRescoresEveryAccountAsAJobWithProgress() {
        TestAccounts.announce(UUID.randomUUID(), "rescored-" + UUID.randomUUID(), plan, "ADOPTION");
        String id = create(onboardingScorecard("Rescoring " + plan))
                .statusCode(201)
                .extract()
                .path("scorecard.id");
        String job = delete(id);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> "COMPLETED"
                        .equals(Api.as(TestTokens.VIEWER)
                                .get("/api/v1/rescore-jobs/{id}", job)
                                .then()
                                .extract()
                                .path("status")));
        JsonPath done = Api.as(TestTokens.VIEWER)
                .get("/api/v1/rescore-jobs/{id}", job)
                .then()
                .extract()
                .jsonPath();
        assertThat(done.getInt("accountsTotal")).isPositive();
        assertThat(done.getInt("accountsDone")).isEqualTo(done.getInt("accountsTotal"));
    }

    @Test
    void manualValuesAreCheckedAndExpire() {
        String account = "manual-" + UUID.randomUUID();
        TestAccounts.announce(UUID.randomUUID(), account, "Growth", "ADOPTION", "csm-user");
        String body = "{\"points\": 80, \"expiresOn\": \"%s\"}";

        Api.as(TestTokens.CSM)
                .contentType(ContentType.JSON)
                .body(body.formatted(LocalDate.now().minusDays(1)))
                .put("/api/v1/accounts/{a}/manual-measures/csm-sentiment", account)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("expiresOn"));
        Api.as(TestTokens.CSM)
                .contentType(ContentType.JSON)
                .body(body.formatted(LocalDate.now().plusDays(5)))
                .put("/api/v1/accounts/{a}/manual-measures/no-such-measure", account)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("measureKey"));
        Api.as(TestTokens.CSM)
                .contentType(ContentType.JSON)
                .body("{\"points\": 101, \"expiresOn\": \"%s\"}"
                        .formatted(LocalDate.now().plusDays(5)))
                .put("/api/v1/accounts/{a}/manual-measures/csm-sentiment", account)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("points"));
        Api.as(TestTokens.CSM)
                .contentType(ContentType.JSON)
                .body(body.formatted(LocalDate.now()))
                .put("/api/v1/accounts/{a}/manual-measures/csm-sentiment", account)
                .then()
                .statusCode(200);

        Api.as(TestTokens.VIEWER)
                .get("/api/v1/accounts/{a}/manual-measures", account)
                .then()
                .statusCode(200)
                .body("measureKey", hasItem("csm-sentiment"));
        Api.as(TestTokens.CSM)
                .delete("/api/v1/accounts/{a}/manual-measures/csm-sentiment", account)
                .then()
                .statusCode(204);
    }

    private String manualKey() {
        return "sentiment-" + plan.substring(5, 13);
    }

    private String onboardingScorecard(String name) {
        return """
                {"name": "%s", "priority": 10, "criteria": {"plans": ["%s"]},
                 "groups": [
                   {"key": "setup", "name": "Setup", "weight": 60, "measures": [
                     {"key": "steps", "name": "Setup steps", "metric": "setup_steps", "windowDays": 90, "weight": 1,
                      "scoring": {"type": "THRESHOLD", "thresholds": [{"atLeast": 0, "points": 0},
                                                                       {"atLeast": 2, "points": 60},
                                                                       {"atLeast": 4, "points": 100}]}}]},
                   {"key": "csm-view", "name": "CSM view", "weight": 40, "measures": [
                     {"key": "%s", "name": "CSM sentiment", "weight": 1, "scoring": {"type": "MANUAL"}}]}]}
                """.formatted(name, plan, manualKey());
    }

    private static String setupSteps(String account, int steps) {
        StringBuilder signals = new StringBuilder();
        for (int i = 0; i < steps; i++) {
            signals.append(i == 0 ? "" : ",").append("""
                            {"eventId": "%s", "accountId": "%s", "userId": "ana", "type": "setup_step_completed",
                             "name": "step-%d", "occurredAt": "%s"}
                            """.formatted(UUID.randomUUID(), account, i, Instant.now()));
        }
        return "{\"signals\": [" + signals + "]}";
    }

    private static ValidatableResponse create(String body) {
        return Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/scorecards")
                .then();
    }

    private static ValidatableResponse replace(String id, String body) {
        return Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/scorecards/{id}", id)
                .then();
    }

    /** Deletes the scorecard and returns the rescoring it queued. */
    private static String delete(String id) {
        return Api.as(TestTokens.CS_ADMIN)
                .delete("/api/v1/scorecards/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    private static JsonPath health(String account) {
        return Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{id}/health", account)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
