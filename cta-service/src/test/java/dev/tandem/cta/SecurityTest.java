package dev.tandem.cta;

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
 * CTAs are for people: integrators read nothing of them. The CSM of the matrix ({@code csm-user}) owns the account
 * the CTAs belong to, so the object-level check lets it through; {@code ObjectLevelAccessTest} covers the refusals.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class SecurityTest {

    private static final String ADMIN = TestTokens.CS_ADMIN;
    private static final String CSM = TestTokens.CSM;
    private static final String VIEWER = TestTokens.VIEWER;
    private static final String INTEGRATOR = TestTokens.INTEGRATOR;

    @TestFactory
    Stream<DynamicTest> everyEndpointAdmitsExactlyItsRoles() {
        UUID account = Fixtures.account(Fixtures.plan(), "csm-user");
        String cta = openCta(account, "matrix");
        String closable = openCta(account, "matrix close");
        String task = Api.as(ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"playbookId\": \"5a0e0000-0000-4000-8000-000000000001\"}")
                .post("/api/v1/ctas/{id}/tasks", cta)
                .then()
                .statusCode(201)
                .extract()
                .path("[0].id");
        UUID rule = Fixtures.rule(ruleJson());
        UUID deletable = Fixtures.rule(ruleJson());
        String base = "/api/v1/ctas/" + cta;
        String touchpoints = "/api/v1/accounts/" + account + "/touchpoints";
        String touchpoint = "/api/v1/touchpoints/" + recordTouchpoint(touchpoints);

        return RoleMatrix.check(
                RoleMatrix.get("/api/v1/cta-types", ADMIN, CSM, VIEWER),
                RoleMatrix.post(
                        "/api/v1/ctas",
                        () -> "{\"accountId\": \"%s\", \"type\": \"RISK\", \"reason\": \"%s\"}"
                                .formatted(account, UUID.randomUUID()),
                        ADMIN,
                        CSM),
                RoleMatrix.get("/api/v1/ctas", ADMIN, CSM, VIEWER),
                RoleMatrix.get("/api/v1/accounts/" + account + "/cta-events", ADMIN, CSM, VIEWER),
                RoleMatrix.get(base, ADMIN, CSM, VIEWER),
                new RoleMatrix.Endpoint(
                        "PATCH",
                        base,
                        () -> "{\"priority\": \"HIGH\"}",
                        "application/merge-patch+json",
                        Set.of(ADMIN, CSM)),
                RoleMatrix.post(base + "/comments", () -> "{\"body\": \"matrix\"}", ADMIN, CSM),
                RoleMatrix.post(
                        base + "/snooze", () -> "{\"until\": \"2099-01-01\", \"reason\": \"matrix\"}", ADMIN, CSM),
                RoleMatrix.post(base + "/reassign", () -> "{\"ownerId\": \"csm-user\"}", ADMIN, CSM),
                RoleMatrix.post(base + "/take", () -> "{}", ADMIN, CSM),
                RoleMatrix.post(
                        "/api/v1/ctas/reassign",
                        () -> "{\"ctaIds\": [\"%s\"], \"ownerId\": \"csm-user\"}".formatted(cta),
                        ADMIN,
                        CSM),
                RoleMatrix.post(
                        "/api/v1/ctas/" + closable + "/close",
                        () -> "{\"outcome\": \"CLOSED_SUCCESS\", \"reason\": \"matrix\"}",
                        ADMIN,
                        CSM),
                RoleMatrix.get("/api/v1/cockpit", ADMIN, CSM),
                RoleMatrix.get("/api/v1/cockpit/team", ADMIN),
                RoleMatrix.get("/api/v1/queues", ADMIN, CSM),
                RoleMatrix.get(base + "/tasks", ADMIN, CSM, VIEWER),
                RoleMatrix.post(base + "/tasks", () -> "{\"playbookId\": \"%s\"}".formatted(newPlaybook()), ADMIN, CSM),
                RoleMatrix.post(base + "/tasks/" + task + "/done", () -> "{}", ADMIN, CSM),
                RoleMatrix.post(base + "/tasks/" + task + "/undone", () -> "{}", ADMIN, CSM),
                RoleMatrix.get("/api/v1/playbooks", ADMIN, CSM, VIEWER),
                RoleMatrix.get("/api/v1/playbooks/5a0e0000-0000-4000-8000-000000000001", ADMIN, CSM, VIEWER),
                RoleMatrix.post("/api/v1/playbooks", SecurityTest::playbookJson, ADMIN),
                RoleMatrix.get("/api/v1/rules", ADMIN, CSM, VIEWER),
                RoleMatrix.get("/api/v1/rules/" + rule, ADMIN, CSM, VIEWER),
                RoleMatrix.post("/api/v1/rules", SecurityTest::ruleJson, ADMIN),
                RoleMatrix.put("/api/v1/rules/" + rule, SecurityTest::ruleJson, ADMIN),
                new RoleMatrix.Endpoint("DELETE", "/api/v1/rules/" + deletable, null, null, Set.of(ADMIN)),
                RoleMatrix.get("/api/v1/message-templates", ADMIN, CSM, VIEWER),
                RoleMatrix.post("/api/v1/message-templates", SecurityTest::templateJson, ADMIN),
                RoleMatrix.get("/api/v1/deliveries", ADMIN, CSM, VIEWER),
                RoleMatrix.get("/api/v1/touchpoint-types", ADMIN, CSM, VIEWER, INTEGRATOR),
                RoleMatrix.post(
                        "/api/v1/touchpoint-types",
                        () -> "{\"key\": \"MATRIX_%s\", \"name\": \"matrix\"}"
                                .formatted(UUID.randomUUID()
                                        .toString()
                                        .substring(0, 8)
                                        .toUpperCase()),
                        ADMIN),
                RoleMatrix.post(touchpoints, SecurityTest::touchpointJson, ADMIN, CSM),
                RoleMatrix.get(touchpoints, ADMIN, CSM, VIEWER),
                RoleMatrix.get(touchpoints + "/search?q=matrix", ADMIN, CSM, VIEWER),
                RoleMatrix.get("/api/v1/touchpoints/search?q=matrix", ADMIN, CSM, VIEWER),
                RoleMatrix.put(
                        touchpoints + "/external/matrix/evt-1", SecurityTest::touchpointJson, ADMIN, CSM, INTEGRATOR),
                RoleMatrix.get(touchpoint, ADMIN, CSM, VIEWER),
                RoleMatrix.put(touchpoint, SecurityTest::touchpointJson, ADMIN, CSM),
                // No Keycloak admin API in a module test: past security, the team directory owes a 503 (e2e: 200).
                RoleMatrix.get("/api/v1/csms", ADMIN, CSM, VIEWER).admittedWith(503));
        // POST /ctas/{id}/pull succeeds once per CTA, so OwnershipTest checks its roles; DELETE /touchpoints/{id}
        // once per touchpoint, so TouchpointAccessTest checks its.
    }

    private static String openCta(UUID account, String reason) {
        return Api.as(ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"accountId\": \"%s\", \"type\": \"RISK\", \"reason\": \"%s\"}".formatted(account, reason))
                .post("/api/v1/ctas")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String recordTouchpoint(String touchpoints) {
        return Api.as(ADMIN)
                .contentType(ContentType.JSON)
                .body(touchpointJson())
                .post(touchpoints)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String touchpointJson() {
        return "{\"type\": \"CALL\", \"occurredAt\": \"2026-01-05T10:00:00Z\", \"subject\": \"matrix\"}";
    }

    private static String newPlaybook() {
        return Api.as(ADMIN)
                .contentType(ContentType.JSON)
                .body(playbookJson())
                .post("/api/v1/playbooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String playbookJson() {
        return "{\"name\": \"matrix %s\", \"steps\": [{\"title\": \"step\", \"dueOffsetDays\": 1}]}"
                .formatted(UUID.randomUUID());
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413ProblemJson() {
        String padding = "x".repeat(300 * 1024);
        Api.as(ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"" + padding + "\"}")
                .post("/api/v1/rules")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
        UUID account = Fixtures.account(Fixtures.plan(), "csm-user");
        Api.as(CSM)
                .contentType(ContentType.JSON)
                .body("{\"accountId\": \"%s\", \"type\": \"RISK\", \"reason\": \"%s\"}".formatted(account, padding))
                .post("/api/v1/ctas")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        assertThat(Fixtures.openCtas(account)).isZero();
    }

    private static String ruleJson() {
        return """
                {"name": "matrix %s", "enabled": false, "trigger": {"kind": "ONBOARDING_FAILED"},
                 "actions": [{"kind": "CREATE_CTA", "ctaType": "ONBOARDING"}]}
                """.formatted(UUID.randomUUID());
    }

    private static String templateJson() {
        return "{\"name\": \"matrix %s\", \"channel\": \"email\", \"subject\": \"Hi\", \"body\": \"Hello\"}"
                .formatted(UUID.randomUUID());
    }
}
