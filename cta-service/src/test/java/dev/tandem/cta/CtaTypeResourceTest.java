package dev.tandem.cta;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class CtaTypeResourceTest {

    @Test
    void builtInTypesCoverTheLifecycleInOrder() {
        Api.as(TestTokens.VIEWER)
                .get("/api/v1/cta-types")
                .then()
                .statusCode(200)
                .body("key", contains("RISK", "OPPORTUNITY", "EXPANSION", "ONBOARDING", "RENEWAL", "LIFECYCLE"))
                .body("builtIn", everyItem(is(true)));
    }

    @Test
    void unknownPathIsAProblem() {
        Api.as(TestTokens.VIEWER)
                .get("/api/v1/cta-types/RISK/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
