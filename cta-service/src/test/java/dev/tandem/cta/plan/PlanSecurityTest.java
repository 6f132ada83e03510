package dev.tandem.cta.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.cta.Fixtures;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.RoleMatrix;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may do what with success plans: CSMs and cs-admins write, viewers read, integrators nothing; templates are a
 * cs-admin's. The matrix's CSM ({@code csm-user}) is CSM of the account; another CSM is refused every change.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class PlanSecurityTest {

    private static final String ADMIN = TestTokens.CS_ADMIN;
    private static final String CSM = TestTokens.CSM;
    private static final String VIEWER = TestTokens.VIEWER;
    private static final String MATRIX_CSM = "csm-user";

    @TestFactory
    Stream<DynamicTest> everyEndpointAdmitsExactlyItsRoles() {
        String group = Fixtures.plan();
        UUID account = Fixtures.account(group, MATRIX_CSM);
        var created = PlanFixtures.create(account, PlanFixtures.objective("Logins", "logins", "100", "200", 120));
        String base = "/api/v1/success-plans/" + created.path("id");
        String objective = base + "/objectives/" + created.path("objectives[0].id");
        String task = newTask(objective);
        String template = Api.as(ADMIN)
                .contentType(ContentType.JSON)
                .body(PlanSecurityTest.templateJson())
                .post("/api/v1/success-plan-templates")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        return RoleMatrix.check(
                RoleMatrix.post(
                        "/api/v1/success-plans",
                        () -> PlanFixtures.planJson(Fixtures.account(group, MATRIX_CSM)),
                        ADMIN,
                        CSM),
                RoleMatrix.get("/api/v1/success-plans", ADMIN, CSM, VIEWER),
                RoleMatrix.get(base, ADMIN, CSM, VIEWER),
                RoleMatrix.post(
                        base + "/objectives",
                        () -> PlanFixtures.objective("Another " + UUID.randomUUID(), "feature_uses", "10", "20", 90),
                        ADMIN,
                        CSM),
                RoleMatrix.put(
                        objective, () -> PlanFixtures.objective("Logins", "logins", "100", "250", 150), ADMIN, CSM),
                RoleMatrix.post(objective + "/tasks", PlanSecurityTest::taskJson, ADMIN, CSM),
                RoleMatrix.post(objective + "/playbooks", () -> playbookJson(newPlaybook()), ADMIN, CSM),
                RoleMatrix.post(objective + "/tasks/" + task + "/done", () -> "{}", ADMIN, CSM),
                RoleMatrix.post(objective + "/tasks/" + task + "/undone", () -> "{}", ADMIN, CSM),
                RoleMatrix.get("/api/v1/success-plan-templates", ADMIN, CSM, VIEWER),
                RoleMatrix.get("/api/v1/success-plan-templates/" + template, ADMIN, CSM, VIEWER),
                RoleMatrix.post("/api/v1/success-plan-templates", PlanSecurityTest::templateJson, ADMIN));
    }

    @Test
    void aCsmChangesOnlyThePlansOfTheirAccounts() {
        String bob = "csm-bob-" + UUID.randomUUID();
        UUID bobsAccount = Fixtures.account(Fixtures.plan(), bob);
        var created = PlanFixtures.create(bobsAccount, PlanFixtures.objective("Logins", "logins", "100", "200", 120));
        String base = "/api/v1/success-plans/" + created.path("id");
        String objective = base + "/objectives/" + created.path("objectives[0].id");
        String task = newTask(objective);
        String alice = TestTokens.forUser("csm-alice-" + UUID.randomUUID(), CSM);

        refused(
                as(alice).body(PlanFixtures.planJson(Fixtures.account(Fixtures.plan(), bob))),
                "POST",
                "/api/v1/success-plans");
        refused(as(alice).body(PlanFixtures.objective("Mine", "logins", "1", "2", 30)), "POST", base + "/objectives");
        refused(as(alice).body(PlanFixtures.objective("Logins", "logins", "100", "900", 30)), "PUT", objective);
        refused(as(alice).body(taskJson()), "POST", objective + "/tasks");
        refused(as(alice).body(playbookJson(newPlaybook())), "POST", objective + "/playbooks");
        refused(as(alice), "POST", objective + "/tasks/" + task + "/done");

        assertThat(Fixtures.count("SELECT count(*) FROM plan_objective WHERE plan_id = '" + created.path("id") + "'"))
                .isEqualTo(1);
        assertThat(Fixtures.text(
                        "SELECT target FROM plan_objective WHERE id = '" + created.path("objectives[0].id") + "'"))
                .isEqualTo("200.0000");
        assertThat(Fixtures.count("SELECT count(*) FROM plan_task WHERE objective_id = '"
                        + created.path("objectives[0].id") + "'"))
                .isEqualTo(1);
        assertThat(Fixtures.text("SELECT done FROM plan_task WHERE id = '" + task + "'"))
                .isEqualTo("f");

        // Bob, the account's CSM, may; so may any cs-admin. Everyone reads.
        as(TestTokens.forUser(bob, CSM))
                .body(taskJson())
                .post(objective + "/tasks")
                .then()
                .statusCode(201);
        as(TestTokens.forUser("another-admin", ADMIN))
                .body(taskJson())
                .post(objective + "/tasks")
                .then()
                .statusCode(201);
        as(alice).get(base).then().statusCode(200);
    }

    private static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static void refused(RequestSpecification request, String method, String path) {
        request.request(method, path).then().statusCode(403).contentType("application/problem+json");
    }

    private static String newTask(String objective) {
        return Api.as(ADMIN)
                .contentType(ContentType.JSON)
                .body(taskJson())
                .post(objective + "/tasks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String newPlaybook() {
        return Api.as(ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"plan matrix %s\", \"steps\": [{\"title\": \"step\", \"dueOffsetDays\": 1}]}"
                        .formatted(UUID.randomUUID()))
                .post("/api/v1/playbooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String playbookJson(String playbook) {
        return "{\"playbookId\": \"%s\"}".formatted(playbook);
    }

    private static String taskJson() {
        return "{\"title\": \"Call the sponsor\", \"dueDate\": \"%s\"}"
                .formatted(LocalDate.now().plusDays(7));
    }

    private static String templateJson() {
        return """
                {"name": "matrix %s", "touchModel": "HIGH", "objectives": [
                  {"title": "More logins", "kind": "HEALTH", "metric": "logins", "direction": "UP",
                   "improvementPercent": 20, "dueInDays": 90}]}
                """.formatted(UUID.randomUUID());
    }
}
