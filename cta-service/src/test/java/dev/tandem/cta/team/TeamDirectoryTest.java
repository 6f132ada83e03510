package dev.tandem.cta.team;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * GET /csms where the team directory's Keycloak cannot be reached (the test profile points it at an address where
 * nothing listens) and nothing was read before: a 503 problem a client can retry, never a 500. The listing itself is
 * proven against a real Keycloak in e2e's TeamDirectoryIT; the cache policy in platform's DirectoryCacheTest.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class TeamDirectoryTest {

    @Test
    void withKeycloakUnreachableAndNothingReadTheDirectoryIsA503ProblemWithRetryAfter() {
        for (int call = 0; call < 2; call++) {
            Api.as(TestTokens.CSM)
                    .get("/api/v1/csms")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("status", equalTo(503))
                    .body("detail", containsString("team directory"));
        }
    }

    @Test
    void anUnknownRoleIsA400NamingIt() {
        Api.as(TestTokens.VIEWER)
                .queryParam("role", "viewer")
                .get("/api/v1/csms")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("role"));
    }

    @Test
    void aPageSizeOutOfBoundsOrACursorNotMadeHereIsA400NamingIt() {
        Api.as(TestTokens.CS_ADMIN)
                .queryParam("first", 201)
                .get("/api/v1/csms")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("first"));
        Api.as(TestTokens.CS_ADMIN)
                .queryParam("after", "not-a-cursor")
                .get("/api/v1/csms")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("after"));
    }
}
