package dev.tandem.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The GraphQL endpoint needs a valid token; each field then admits only its roles. */
@QuarkusTest
@TestProfile(SelfAsDownstreamProfile.class)
@WithTandemInfrastructure
class SecurityTest {

    private static final Map<String, String> STATUS = Map.of("query", "{ platformStatus { name ready } }");

    @Test
    void requestsWithoutAValidTokenAreRefusedBeforeAnyFieldRuns() {
        post(given()).then().statusCode(401);
        post(bearer(TestTokens.expired(TestTokens.VIEWER))).then().statusCode(401);
        post(bearer(TestTokens.forAudience("account-service", TestTokens.VIEWER)))
                .then()
                .statusCode(401);
        post(bearer(TestTokens.fromForeignIssuer(TestTokens.VIEWER))).then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {TestTokens.CS_ADMIN, TestTokens.CSM, TestTokens.VIEWER})
    void peopleSeePlatformStatus(String role) {
        post(bearer(TestTokens.withRole(role)))
                .then()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.platformStatus", hasSize(4));
    }

    @Test
    void anIntegratorIsRefusedTheFieldWithAnError() {
        post(bearer(TestTokens.forClient("crm-sync", TestTokens.INTEGRATOR)))
                .then()
                .statusCode(200)
                .body("data.platformStatus", nullValue())
                .body("errors[0].message", notNullValue());
    }

    private static RequestSpecification bearer(String token) {
        return given().auth().oauth2(token);
    }

    private static io.restassured.response.Response post(RequestSpecification request) {
        return request.contentType(ContentType.JSON).body(STATUS).post("/graphql");
    }
}
