package dev.tandem.health;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.RoleMatrix;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Scores and scorecards are for people; integrators feed signals but read no scores. */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class SecurityTest {

    @TestFactory
    Stream<DynamicTest> everyEndpointAdmitsExactlyItsRoles() {
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
                RoleMatrix.get("/api/v1/accounts/matrix/pql", TestTokens.CS_ADMIN, TestTokens.CSM, TestTokens.VIEWER),
                RoleMatrix.get("/api/v1/pql-accounts", TestTokens.CS_ADMIN, TestTokens.CSM, TestTokens.VIEWER),
                RoleMatrix.get("/api/v1/rescore-jobs", TestTokens.CS_ADMIN, TestTokens.CSM, TestTokens.VIEWER),
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
}
