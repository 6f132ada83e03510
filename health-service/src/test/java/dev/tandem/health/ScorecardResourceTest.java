package dev.tandem.health;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTandemInfrastructure(database = "health")
class ScorecardResourceTest {

    private static final String DEAR = "00000000-0000-0000-0000-00000000dea1";

    @Test
    void defaultDearScorecardIsServedFromTheDatabase() {
        Api.as(TestTokens.VIEWER)
                .get("/api/v1/scorecards")
                .then()
                .statusCode(200)
                .body("name", hasItem("DEAR"))
                .body("find { it.name == 'DEAR' }.isDefault", equalTo(true))
                .body("find { it.name == 'DEAR' }.groups.key", contains("deployment", "engagement", "adoption", "roi"))
                .body(
                        "find { it.name == 'DEAR' }.groups.find { it.key == 'engagement' }.measures.key",
                        hasItem("decision-maker"));
    }

    @Test
    void groupWeightsAreShownAsSharesOfTheWhole() {
        Api.as(TestTokens.VIEWER)
                .get("/api/v1/scorecards/{id}", DEAR)
                .then()
                .statusCode(200)
                .body("groups.weightPercent", contains(30.0f, 20.0f, 30.0f, 20.0f));
    }

    @Test
    void unknownScorecardIsNotFoundAndMalformedIdIsRejected() {
        Api.as(TestTokens.VIEWER)
                .get("/api/v1/scorecards/{id}", "6f1c1d58-0000-4000-8000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        Api.as(TestTokens.VIEWER)
                .get("/api/v1/scorecards/{id}", "not-a-uuid")
                .then()
                .statusCode(404);
    }
}
