package dev.tandem.health;

import static org.hamcrest.Matchers.equalTo;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.RoleMatrix;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Scores and scorecards are for people; integrators feed signals but read no scores. Bodies are held to the size a
 * signal batch needs.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class SecurityTest {

    @TestFactory
    Stream<DynamicTest> everyEndpointAdmitsExactlyItsRoles() throws Exception {
        // The CSM of the matrix's tokens works the account, so the object-level check admits them.
        TestAccounts.announce(
                UUID.fromString("00000000-0000-0000-0000-00000000a7a1"), "matrix", "Growth", "ADOPTION", "csm-user");
        // Outcomes enough to start a churn analysis, older than those other tests analyse.
        HealthDatabase.execute(
                "INSERT INTO contract_outcome (contract_id, outcome_on, account_id, outcome, recorded_at)"
                        + " SELECT gen_random_uuid(), current_date - 500 - n, '00000000-0000-0000-0000-00000000a7a1',"
                        + " CASE WHEN n % 2 = 0 THEN 'CHURNED' ELSE 'RENEWED' END, now() FROM generate_series(1, 60) n");
        return RoleMatrix.check(
                RoleMatrix.post(
                        "/api/v1/signals",
                        () -> "{\"signals\": [{\"eventId\": \"" + UUID.randomUUID()
                                + "\", \"accountId\": \"matrix\", \"type\": \"login\", \"occurredAt\": \""
                                + Instant.now() + "\"}]}",
                        TestTokens.INTEGRATOR),
                RoleMatrix.get(
                        "/api/v1/accounts/matrix/health", TestTokens.CS_ADMIN, TestTokens.CSM, TestTokens.VIEWER),
                RoleMatrix.get(
                        "/api/v1/health-scores?accountId=matrix",
                        TestTokens.CS_ADMIN,
                        TestTokens.CSM,
                        TestTokens.VIEWER),
                RoleMatrix.get("/api/v1/growth-metrics", TestTokens.CS_ADMIN, TestTokens.CSM, TestTokens.VIEWER),
                RoleMatrix.get(
                        "/api/v1/accounts/matrix/activity", TestTokens.CS_ADMIN, TestTokens.CSM, TestTokens.VIEWER),
                RoleMatrix.get("/api/v1/accounts/matrix/users", TestTokens.CS_ADMIN, TestTokens.CSM, TestTokens.VIEWER),
                RoleMatrix.get(
                        "/api/v1/accounts/matrix/users/someone/activity",
                        TestTokens.CS_ADMIN,
                        TestTokens.CSM,
                        TestTokens.VIEWER),
                RoleMatrix.get("/api/v1/scorecards", TestTokens.CS_ADMIN, TestTokens.CSM, TestTokens.VIEWER),
                RoleMatrix.get(
                        "/api/v1/scorecards/00000000-0000-0000-0000-00000000dea1",
                        TestTokens.CS_ADMIN,
                        TestTokens.CSM,
                        TestTokens.VIEWER),
                RoleMatrix.post(
                        "/api/v1/scorecards",
                        // A plan no account has: the scorecards this creates judge nobody.
                        () -> """
                                {"name": "Matrix %s", "criteria": {"plans": ["matrix-only"]},
                                 "groups": [{"key": "g", "name": "G", "weight": 1, "measures": [
                                   {"key": "m", "name": "M", "weight": 1, "scoring": {"type": "MANUAL"}}]}]}
                                """.formatted(UUID.randomUUID()),
                        TestTokens.CS_ADMIN),
                RoleMatrix.get(
                        "/api/v1/accounts/matrix/health/history",
                        TestTokens.CS_ADMIN,
                        TestTokens.CSM,
                        TestTokens.VIEWER),
                RoleMatrix.get(
                        "/api/v1/accounts/matrix/health/band-changes",
                        TestTokens.CS_ADMIN,
                        TestTokens.CSM,
                        TestTokens.VIEWER),
                RoleMatrix.get("/api/v1/accounts/matrix/pql", TestTokens.CS_ADMIN, TestTokens.CSM, TestTokens.VIEWER),
                RoleMatrix.get("/api/v1/pql-accounts", TestTokens.CS_ADMIN, TestTokens.CSM, TestTokens.VIEWER),
                RoleMatrix.get(
                        "/api/v1/accounts/matrix/users/ana/pql",
                        TestTokens.CS_ADMIN,
                        TestTokens.CSM,
                        TestTokens.VIEWER),
                RoleMatrix.get(
                        "/api/v1/accounts/matrix/pql-users", TestTokens.CS_ADMIN, TestTokens.CSM, TestTokens.VIEWER),
                RoleMatrix.get("/api/v1/pql-users", TestTokens.CS_ADMIN, TestTokens.CSM, TestTokens.VIEWER),
                RoleMatrix.get("/api/v1/rescore-jobs", TestTokens.CS_ADMIN, TestTokens.CSM, TestTokens.VIEWER),
                RoleMatrix.post("/api/v1/churn-analyses", () -> "{\"lookBackDays\": 600}", TestTokens.CS_ADMIN),
                RoleMatrix.get("/api/v1/churn-analyses", TestTokens.CS_ADMIN),
                RoleMatrix.post(
                        "/api/v1/imports/daily-metrics",
                        "text/csv",
                        () -> "account,day,metric,value\nmatrix,2026-01-01,logins,1\n",
                        TestTokens.INTEGRATOR,
                        TestTokens.CS_ADMIN),
                RoleMatrix.put(
                        "/api/v1/accounts/matrix/manual-measures/csm-sentiment",
                        () -> "{\"points\": 50, \"expiresOn\": \""
                                + LocalDate.now().plusDays(30) + "\"}",
                        TestTokens.CS_ADMIN,
                        TestTokens.CSM),
                RoleMatrix.get(
                        "/api/v1/accounts/matrix/manual-measures",
                        TestTokens.CS_ADMIN,
                        TestTokens.CSM,
                        TestTokens.VIEWER));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413ProblemJsonBeforeAnythingIsRead() {
        String huge = "{\"signals\": [], \"padding\": \"" + "x".repeat(1024 * 1024) + "\"}";
        Api.asClient("oversized")
                .contentType(ContentType.JSON)
                .body(huge)
                .post("/api/v1/signals")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("errors[0].field", equalTo("body"));
        Api.as(TestTokens.CSM)
                .contentType(ContentType.JSON)
                .body("{\"points\": 50, \"expiresOn\": \"" + LocalDate.now().plusDays(3) + "\", \"note\": \""
                        + "x".repeat(1024 * 1024) + "\"}")
                .put("/api/v1/accounts/matrix/manual-measures/csm-sentiment")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
    }
}
