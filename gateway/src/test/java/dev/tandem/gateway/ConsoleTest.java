package dev.tandem.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.tandem.testing.WithTandemInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The console's files and settings load without a token, under a CSP of their own that lets them talk to the gateway
 * and Keycloak only; the API beside them still requires a token.
 */
@QuarkusTest
@TestProfile(SelfAsDownstreamProfile.class)
@WithTandemInfrastructure
class ConsoleTest {

    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self' http://127.0.0.1:18080; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

    @Test
    void thePageAndItsScriptsLoadWithoutATokenUnderTheConsolesOwnPolicy() {
        given().get("/console/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", equalTo(CSP))
                .body(containsString("<script type=\"module\" src=\"js/main.js\"></script>"));
        given().get("/console/js/main.js")
                .then()
                .statusCode(200)
                .contentType(containsString("javascript"))
                .header("Content-Security-Policy", equalTo(CSP));
        given().redirects()
                .follow(false)
                .get("/console")
                .then()
                .statusCode(302)
                .header("Location", endsWith("/console/"));
    }

    @Test
    void configJsonSaysWhereToSignIn() {
        given().get("/console/config.json")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("keycloakUrl", equalTo("http://127.0.0.1:18080"))
                .body("realm", equalTo("tandem"))
                .body("clientId", equalTo("tandem-console"));
    }

    @Test
    void theApiBesideTheConsoleStillRequiresAToken() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ platformStatus { name } }"))
                .post("/graphql")
                .then()
                .statusCode(401);
        given().get("/q/openapi").then().statusCode(401);
    }
}
