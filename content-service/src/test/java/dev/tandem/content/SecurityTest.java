package dev.tandem.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.RoleMatrix;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Admins configure content and programs; CSMs and viewers read them, and CSMs also enroll accounts in premium
 * programs. Integrators, who only feed data in, read nothing here.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "content")
class SecurityTest {

    private static final String[] READERS = {TestTokens.CS_ADMIN, TestTokens.CSM, TestTokens.VIEWER};

    @TestFactory
    Stream<DynamicTest> everyEndpointAdmitsExactlyItsRoles() {
        UUID item = Fixtures.item(ITEM);
        UUID deletable = Fixtures.item(ITEM);
        UUID program = Fixtures.program(program());
        UUID premium = Fixtures.program(program().replace("{", "{\"premium\": true, "));
        UUID account = UUID.randomUUID();
        Fixtures.accountCreated(account, "matrix-" + account, "FREE", "TECH");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> Fixtures.sql("SELECT 1 FROM account_ref WHERE account_id = '" + account + "'") != null);
        UUID enrollment = dev.tandem.testing.oidc.Api.as(TestTokens.CSM)
                .contentType("application/json")
                .body("{\"accountId\": \"%s\", \"programId\": \"%s\"}".formatted(account, premium))
                .post("/api/v1/enrollments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getUUID("id");
        // Each allowed enrollment needs an account not yet in the program.
        java.util.Iterator<UUID> fresh = Stream.generate(() -> {
                    UUID other = UUID.randomUUID();
                    Fixtures.accountCreated(other, "matrix-" + other, "FREE", "TECH");
                    org.awaitility.Awaitility.await()
                            .atMost(java.time.Duration.ofSeconds(30))
                            .until(() -> Fixtures.sql("SELECT 1 FROM account_ref WHERE account_id = '" + other + "'")
                                    != null);
                    return other;
                })
                .iterator();
        return RoleMatrix.check(
                RoleMatrix.post(
                        "/api/v1/use-cases",
                        () -> "{\"name\": \"Matrix " + UUID.randomUUID()
                                + "\", \"questionsPerMonth\": 1, \"minutesPerCustomer\": 1}",
                        TestTokens.CS_ADMIN),
                RoleMatrix.get("/api/v1/use-cases", READERS),
                RoleMatrix.get("/api/v1/content-gaps", READERS),
                RoleMatrix.post("/api/v1/content", () -> ITEM, TestTokens.CS_ADMIN),
                RoleMatrix.get("/api/v1/content", READERS),
                RoleMatrix.get("/api/v1/content?q=matrix", READERS),
                RoleMatrix.get("/api/v1/content/" + item, READERS),
                RoleMatrix.put("/api/v1/content/" + item, () -> ITEM, TestTokens.CS_ADMIN),
                new RoleMatrix.Endpoint(
                        "DELETE", "/api/v1/content/" + deletable, null, null, Set.of(TestTokens.CS_ADMIN)),
                RoleMatrix.get("/api/v1/content/" + item + "/views", READERS),
                RoleMatrix.get("/api/v1/accounts/" + account + "/content-views", READERS),
                RoleMatrix.post("/api/v1/programs", SecurityTest::program, TestTokens.CS_ADMIN),
                RoleMatrix.get("/api/v1/programs", READERS),
                RoleMatrix.get("/api/v1/programs/" + program, READERS),
                RoleMatrix.put("/api/v1/programs/" + program, SecurityTest::program, TestTokens.CS_ADMIN),
                RoleMatrix.get("/api/v1/programs/" + program + "/stats", READERS),
                RoleMatrix.post(
                        "/api/v1/enrollments",
                        () -> "{\"accountId\": \"%s\", \"programId\": \"%s\"}".formatted(fresh.next(), premium),
                        TestTokens.CS_ADMIN,
                        TestTokens.CSM),
                RoleMatrix.get("/api/v1/enrollments/" + enrollment, READERS),
                RoleMatrix.get("/api/v1/accounts/" + account + "/enrollments", READERS),
                RoleMatrix.get("/api/v1/accounts/" + account + "/onboarding-events", READERS),
                RoleMatrix.get("/api/v1/enrollments?accountId=" + account, READERS),
                RoleMatrix.get("/api/v1/accounts/" + account + "/recommendations", READERS));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413ProblemJson() {
        String padding = "x".repeat(300 * 1024);
        String title = "Oversized " + UUID.randomUUID();
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"type": "FAQ", "title": "%s", "body": "%s", "language": "en", "status": "PUBLISHED"}
                        """.formatted(title, padding))
                .post("/api/v1/content")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
        assertThat(Fixtures.sql("SELECT count(*) FROM content_item WHERE title = '" + title + "'"))
                .isEqualTo("0");
    }

    private static final String ITEM = """
            {"type": "FAQ", "title": "Matrix", "body": "Answer.", "language": "en", "status": "PUBLISHED"}
            """;

    private static String program() {
        return """
                {"name": "Matrix %s", "milestones": [{"name": "x", "kind": "SEATS_ACTIVE", "threshold": 2}]}
                """.formatted(UUID.randomUUID());
    }
}
