package dev.tandem.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.RoleMatrix;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

@QuarkusTest
@WithTandemInfrastructure(database = "account")
class SecurityTest {

    private static final String EXISTING = "security-test-account";
    private static final String EXISTING_ONE_OFF = "security-test-one-off-account";

    @BeforeEach
    void anAccountExists() {
        Api.asClient("crm-sync")
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Security Test\"}")
                .put("/api/v1/accounts/{id}", EXISTING)
                .then()
                .statusCode(anyOf(is(200), is(201)));
        Api.asClient("crm-sync")
                .contentType(ContentType.JSON)
                .body("""
                        {"plan": "Starter", "arr": 100, "currency": "EUR", "seats": 1,
                         "startDate": "2026-01-01", "renewalDate": "2027-01-01"}
                        """)
                .put("/api/v1/accounts/{id}/contracts/security-test-contract", EXISTING)
                .then()
                .statusCode(anyOf(is(200), is(201)));
        Api.asClient("crm-sync")
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Security Test Shop Customer\", \"billingModel\": \"ONE_OFF\"}")
                .put("/api/v1/accounts/{id}", EXISTING_ONE_OFF)
                .then()
                .statusCode(anyOf(is(200), is(201)));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAdmitsExactlyItsRoles() {
        return RoleMatrix.check(
                RoleMatrix.put(
                        "/api/v1/accounts/matrix-" + UUID.randomUUID(),
                        () -> "{\"name\": \"Matrix " + UUID.randomUUID() + "\"}",
                        TestTokens.INTEGRATOR,
                        TestTokens.CS_ADMIN),
                RoleMatrix.get(
                        "/api/v1/accounts/" + EXISTING + "/audit",
                        TestTokens.CS_ADMIN,
                        TestTokens.CSM,
                        TestTokens.VIEWER),
                RoleMatrix.get(
                        "/api/v1/accounts/" + EXISTING + "/contract-changes",
                        TestTokens.CS_ADMIN,
                        TestTokens.CSM,
                        TestTokens.VIEWER),
                RoleMatrix.get("/api/v1/touch-model-bands", TestTokens.CS_ADMIN, TestTokens.CSM, TestTokens.VIEWER),
                RoleMatrix.put(
                        "/api/v1/touch-model-bands",
                        () -> "{\"highFrom\": 50000, \"lowFrom\": 10000}",
                        TestTokens.CS_ADMIN),
                RoleMatrix.get(
                        "/api/v1/accounts",
                        TestTokens.CS_ADMIN,
                        TestTokens.CSM,
                        TestTokens.VIEWER,
                        TestTokens.INTEGRATOR),
                RoleMatrix.get(
                        "/api/v1/accounts/" + EXISTING,
                        TestTokens.CS_ADMIN,
                        TestTokens.CSM,
                        TestTokens.VIEWER,
                        TestTokens.INTEGRATOR),
                RoleMatrix.put(
                        "/api/v1/accounts/" + EXISTING + "/contracts/matrix",
                        () -> """
                                {"plan": "Starter", "arr": 100, "currency": "EUR", "seats": 1,
                                 "startDate": "2026-01-01", "renewalDate": "2027-01-01"}
                                """,
                        TestTokens.INTEGRATOR,
                        TestTokens.CS_ADMIN),
                RoleMatrix.put(
                        "/api/v1/accounts/" + EXISTING + "/users/matrix",
                        () -> "{\"name\": \"Matrix\"}",
                        TestTokens.INTEGRATOR,
                        TestTokens.CS_ADMIN),
                RoleMatrix.get(
                        "/api/v1/accounts/" + EXISTING + "/users",
                        TestTokens.CS_ADMIN,
                        TestTokens.CSM,
                        TestTokens.VIEWER,
                        TestTokens.INTEGRATOR),
                RoleMatrix.get(
                        "/api/v1/accounts/" + EXISTING + "/contracts",
                        TestTokens.CS_ADMIN,
                        TestTokens.CSM,
                        TestTokens.VIEWER,
                        TestTokens.INTEGRATOR),
                RoleMatrix.put(
                        "/api/v1/accounts/" + EXISTING_ONE_OFF + "/purchases/matrix",
                        () -> "{\"product\": \"Matrix\", \"amount\": 10, \"currency\": \"EUR\", "
                                + "\"purchasedOn\": \"2026-01-01\"}",
                        TestTokens.INTEGRATOR,
                        TestTokens.CS_ADMIN),
                RoleMatrix.get(
                        "/api/v1/accounts/" + EXISTING_ONE_OFF + "/purchases",
                        TestTokens.CS_ADMIN,
                        TestTokens.CSM,
                        TestTokens.VIEWER,
                        TestTokens.INTEGRATOR),
                RoleMatrix.get("/api/v1/purchases/repeat-rate", TestTokens.CS_ADMIN, TestTokens.CSM, TestTokens.VIEWER),
                RoleMatrix.get(
                        "/api/v1/retention/metrics?breakdown=touchModel",
                        TestTokens.CS_ADMIN,
                        TestTokens.CSM,
                        TestTokens.VIEWER),
                RoleMatrix.get("/api/v1/retention/series", TestTokens.CS_ADMIN, TestTokens.CSM, TestTokens.VIEWER),
                RoleMatrix.get("/api/v1/retention/renewals", TestTokens.CS_ADMIN, TestTokens.CSM, TestTokens.VIEWER),
                RoleMatrix.get("/api/v1/retention/ltv", TestTokens.CS_ADMIN, TestTokens.CSM, TestTokens.VIEWER),
                RoleMatrix.get(
                        "/api/v1/accounts/" + EXISTING + "/contracts/security-test-contract/terms",
                        TestTokens.CS_ADMIN,
                        TestTokens.CSM,
                        TestTokens.VIEWER),
                RoleMatrix.get("/api/v1/imports", TestTokens.INTEGRATOR, TestTokens.CS_ADMIN),
                RoleMatrix.post(
                        "/api/v1/imports/accounts",
                        "text/csv",
                        () -> "externalId,name\nmatrix-import-" + UUID.randomUUID() + ",Matrix\n",
                        TestTokens.INTEGRATOR,
                        TestTokens.CS_ADMIN));
    }

    @Test
    void refusalsAreProblemDetailsWithABearerChallenge() {
        io.restassured.RestAssured.given()
                .get("/api/v1/accounts/{id}", EXISTING)
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json");
        Api.as(TestTokens.VIEWER)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Not Allowed\"}")
                .put("/api/v1/accounts/{id}", "viewer-attempt")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anIntegratorOverItsRateGets429WithRetryAfterWhileOthersGoOn() {
        String client = "bulk-sync-" + UUID.randomUUID();
        List<Integer> statuses = new ArrayList<>();
        String retryAfter = null;
        // The test profile allows a burst of 20 at 2 requests/s: 60 requests overrun it unless each took a third of a
        // second, far slower than even a loaded machine.
        for (int i = 0; i < 60; i++) {
            var response = Api.asClient(client).get("/api/v1/accounts/{id}", EXISTING);
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                retryAfter = response.header("Retry-After");
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }

        assertThat(statuses.subList(0, 20)).containsOnly(200);
        assertThat(statuses).contains(429);
        assertThat(Integer.parseInt(retryAfter)).isPositive();
        Api.asClient("another-" + client)
                .get("/api/v1/accounts/{id}", EXISTING)
                .then()
                .statusCode(200);
        Api.as(TestTokens.CSM).get("/api/v1/accounts/{id}", EXISTING).then().statusCode(200);
    }

    @Test
    void anOversizedBodyIsRefusedAndNothingIsStored() {
        String huge = "{\"name\": \"" + "x".repeat(300 * 1024) + "\"}";
        Api.asClient("crm-sync")
                .contentType(ContentType.JSON)
                .body(huge)
                .put("/api/v1/accounts/{id}", "too-big")
                .then()
                .statusCode(413);
        Api.as(TestTokens.VIEWER).get("/api/v1/accounts/{id}", "too-big").then().statusCode(404);
    }
}
