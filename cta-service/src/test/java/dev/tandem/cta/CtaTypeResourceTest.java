package dev.tandem.cta;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;

import dev.tandem.testing.WithTandemInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class CtaTypeResourceTest {

    @Test
    void builtInTypesCoverTheLifecycleInOrder() {
        given().get("/api/v1/cta-types")
                .then()
                .statusCode(200)
                .body("key", contains("RISK", "OPPORTUNITY", "EXPANSION", "ONBOARDING", "RENEWAL", "LIFECYCLE"))
                .body("builtIn", everyItem(is(true)));
    }

    @Test
    void unknownPathIsAProblem() {
        given().get("/api/v1/cta-types/RISK/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
