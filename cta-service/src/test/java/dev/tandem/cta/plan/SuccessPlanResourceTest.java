package dev.tandem.cta.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.tandem.cta.Fixtures;
import dev.tandem.events.Topics;
import dev.tandem.events.signal.Signal;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicWriter;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Success plans through the API: made with objectives or from a template, their progress following the values
 * health-service announces, and bad input refused by field with nothing changed.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class SuccessPlanResourceTest {

    @Test
    void aPlansObjectivesAreJudgedAtOnceAndFollowTheAccountsValues() {
        UUID account = Fixtures.account(Fixtures.plan(), "csm-plans");
        var created = PlanFixtures.create(
                account,
                PlanFixtures.objective("Regular logins", "logins", "100", "200", 180),
                PlanFixtures.objective("Use the seats", "seat_utilisation", "0.4", "0.8", 180));

        assertThat(created.header("Location")).endsWith("/api/v1/success-plans/" + created.path("id"));
        assertThat((String) created.path("objectives[0].status")).isEqualTo("ON_TRACK");
        assertThat((String) created.path("objectives[0].ownerId")).isEqualTo("csm-plans");
        assertThat((Object) created.path("objectives[0].progress")).isNull();
        assertThat((String) created.path("status")).isEqualTo("ON_TRACK");
        String logins = created.path("objectives[0].id");

        // health-service's score change carries the metrics: 150 logins is half-way, the seats have reached target.
        PlanFixtures.measured(account, Map.of("logins", "150", "seat_utilisation", "0.85"));

        Api.as(TestTokens.VIEWER)
                .get("/api/v1/success-plans/{id}", (String) created.path("id"))
                .then()
                .statusCode(200)
                .body("objectives[0].currentValue", equalTo(150.0f))
                .body("objectives[0].progress", equalTo(0.5f))
                .body("objectives[0].improvementPercent", equalTo(50.0f))
                .body("objectives[0].status", equalTo("ON_TRACK"))
                .body("objectives[1].status", equalTo("ACHIEVED"))
                .body("objectives[1].progress", equalTo(1.0f));
        // Each change of status announced once; a value that changes no status announces nothing.
        assertThat(PlanFixtures.announcedStatuses(logins)).containsExactly("ON_TRACK");
        assertThat(PlanFixtures.announcedStatuses(created.path("objectives[1].id")))
                .containsExactly("ON_TRACK", "ACHIEVED");

        Api.as(TestTokens.CSM)
                .queryParam("accountId", account.toString())
                .get("/api/v1/success-plans")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].objectives", hasSize(2));
    }

    @Test
    void anRoiFigureTheCustomerReportsMovesItsObjective() throws Exception {
        UUID account = Fixtures.account(Fixtures.plan(), "csm-plans");
        String objective = """
                {"title": "Hours saved", "dueDate": "%s",
                 "goal": {"kind": "ROI", "metric": "hours_saved", "baseline": 40, "target": 60, "direction": "UP"}}
                """.formatted(LocalDate.now().plusDays(180));
        String plan = PlanFixtures.create(account, objective).path("id");

        Signal reported = new Signal(
                UUID.randomUUID().toString(),
                Fixtures.externalId(account),
                null,
                "roi_reported",
                "hours_saved",
                Instant.now(),
                50.0,
                Map.of());
        try (var writer = new TopicWriter(Fixtures.kafka())) {
            writer.send(
                    Topics.SIGNALS_RAW,
                    Fixtures.externalId(account),
                    Fixtures.JSON.writeValueAsString(reported),
                    TopicWriter.cloudEventHeaders(
                            UUID.randomUUID().toString(),
                            Signal.TYPE,
                            "/integrations/test",
                            Fixtures.externalId(account)));
        }

        await().atMost(Fixtures.WAIT)
                .until(() -> Fixtures.text("SELECT current_value FROM plan_objective WHERE plan_id = '" + plan + "'")
                        != null);
        // Half-way from 40 to 60 hours, and ROI as the method defines it: 25 % better than the baseline.
        Api.as(TestTokens.VIEWER)
                .get("/api/v1/success-plans/{id}", plan)
                .then()
                .statusCode(200)
                .body("objectives[0].currentValue", equalTo(50.0f))
                .body("objectives[0].progress", equalTo(0.5f))
                .body("objectives[0].improvementPercent", equalTo(25.0f));
    }

    @Test
    void badObjectivesAreRefusedByFieldAndNothingIsMade() {
        UUID account = Fixtures.account(Fixtures.plan(), "csm-plans");
        String due = LocalDate.now().plusDays(90).toString();

        refused(account, """
                {"title": "t", "dueDate": "%s", "goal": {"kind": "HEALTH", "baseline": 1, "target": 2, "direction": "UP"}}
                """.formatted(due), "objectives[0].goal.metric");
        refused(account, """
                {"title": "t", "dueDate": "%s",
                 "goal": {"kind": "HEALTH", "metric": "logins", "baseline": 5, "target": 5, "direction": "UP"}}
                """.formatted(due), "objectives[0].goal.target");
        refused(account, """
                {"title": "t", "dueDate": "%s",
                 "goal": {"kind": "HEALTH", "metric": "logins", "baseline": 5, "target": 9, "direction": "UP"}}
                """.formatted(LocalDate.now().plusYears(5)), "objectives[0].dueDate");
        refused(account, """
                {"title": "t", "dueDate": "%s",
                 "goal": {"kind": "HEALTH", "metric": "happiness", "baseline": 5, "target": 9, "direction": "UP"}}
                """.formatted(due), "objectives[0].goal.metric");
        refused(account, """
                {"title": "t", "dueDate": "%s"}
                """.formatted(due), "objectives[0].goal");

        assertThat(PlanFixtures.plansOf(account)).isZero();
    }

    @Test
    void aBadObjectiveAddedOrRewrittenChangesNothing() {
        UUID account = Fixtures.account(Fixtures.plan(), "csm-plans");
        var created = PlanFixtures.create(account, PlanFixtures.objective("Logins", "logins", "100", "200", 120));
        String plan = created.path("id");
        String objective = created.path("objectives[0].id");

        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"title\": \"t\", \"dueDate\": \"%s\", \"goal\": {\"kind\": \"HEALTH\", \"baseline\": 1,"
                                .formatted(LocalDate.now().plusDays(30))
                        + " \"target\": 2, \"direction\": \"UP\"}}")
                .post("/api/v1/success-plans/{id}/objectives", plan)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("goal.metric"));
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(PlanFixtures.objective("Logins", "logins", "100", "100", 120))
                .put("/api/v1/success-plans/{id}/objectives/{objective}", plan, objective)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("goal.target"));

        assertThat(Fixtures.count("SELECT count(*) FROM plan_objective WHERE plan_id = '" + plan + "'"))
                .isEqualTo(1);
        assertThat(Fixtures.text("SELECT target FROM plan_objective WHERE id = '" + objective + "'"))
                .isEqualTo("200.0000");
    }

    @Test
    void anAccountHasOnePlan() {
        UUID account = Fixtures.account(Fixtures.plan(), "csm-plans");
        PlanFixtures.create(account);

        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(PlanFixtures.planJson(account))
                .post("/api/v1/success-plans")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aTemplatePrefillsObjectivesFromTheAccountsValuesWithItsPlaybook() {
        String playbook = Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(
                        "{\"name\": \"Adoption push %s\", \"steps\": [{\"title\": \"Train the team\", \"dueOffsetDays\": 7},"
                                        .formatted(UUID.randomUUID())
                                + " {\"title\": \"Review usage\", \"dueOffsetDays\": 30}]}")
                .post("/api/v1/playbooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String template = Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "High touch %s", "touchModel": "HIGH", "objectives": [
                          {"title": "More logins", "kind": "HEALTH", "metric": "logins", "direction": "UP",
                           "improvementPercent": 25, "dueInDays": 120, "playbookId": "%s"},
                          {"title": "Hours saved", "kind": "ROI", "metric": "hours_saved", "direction": "UP",
                           "improvementPercent": 50, "dueInDays": 180}]}
                        """.formatted(UUID.randomUUID(), playbook))
                .post("/api/v1/success-plan-templates")
                .then()
                .statusCode(201)
                .body("touchModel", equalTo("HIGH"))
                .extract()
                .path("id");
        UUID account = Fixtures.account(Fixtures.plan(), "csm-plans");
        PlanFixtures.measured(account, Map.of("logins", "200"));

        // No ROI figure reported yet: its baseline must be given.
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"accountId\": \"%s\", \"templateId\": \"%s\"}".formatted(account, template))
                .post("/api/v1/success-plans")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("baselines.hours_saved"));
        assertThat(PlanFixtures.plansOf(account)).isZero();

        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"accountId\": \"%s\", \"templateId\": \"%s\", \"baselines\": {\"hours_saved\": 40}}"
                        .formatted(account, template))
                .post("/api/v1/success-plans")
                .then()
                .statusCode(201)
                .body("name", equalTo(Fixtures.text("SELECT name FROM plan_template WHERE id = '" + template + "'")))
                .body("objectives[0].goal.baseline", equalTo(200.0f))
                .body("objectives[0].goal.target", equalTo(250.0f))
                .body("objectives[0].currentValue", equalTo(200.0f))
                .body("objectives[0].progress", equalTo(0.0f))
                .body(
                        "objectives[0].dueDate",
                        equalTo(LocalDate.now().plusDays(120).toString()))
                .body("objectives[0].tasks.title", equalTo(java.util.List.of("Train the team", "Review usage")))
                .body("objectives[1].goal.kind", equalTo("ROI"))
                .body("objectives[1].goal.target", equalTo(60.0f));
    }

    @Test
    void aTemplateIsDefinedByACsAdminWithGoalsThatCanBeMeasured() {
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "Bad %s", "touchModel": "LOW", "objectives": [
                          {"title": "No metric", "kind": "HEALTH", "direction": "UP", "improvementPercent": 25,
                           "dueInDays": 90}]}
                        """.formatted(UUID.randomUUID()))
                .post("/api/v1/success-plan-templates")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("objectives[0].metric"));
    }

    @Test
    void tasksAreAddedAndCheckedOff() {
        UUID account = Fixtures.account(Fixtures.plan(), "csm-plans");
        var created = PlanFixtures.create(account, PlanFixtures.objective("Logins", "logins", "100", "200", 120));
        String base = "/api/v1/success-plans/" + created.path("id") + "/objectives/" + created.path("objectives[0].id");

        String task = Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"title\": \"Run a training\", \"dueDate\": \"%s\"}"
                        .formatted(LocalDate.now().plusDays(10)))
                .post(base + "/tasks")
                .then()
                .statusCode(201)
                .body("ownerId", equalTo("csm-plans"))
                .extract()
                .path("id");
        Api.as(TestTokens.CS_ADMIN)
                .post(base + "/tasks/" + task + "/done")
                .then()
                .statusCode(200)
                .body("done", equalTo(true))
                .body("doneBy", equalTo(TestTokens.CS_ADMIN + "-user"));
        assertThat(Fixtures.text("SELECT done FROM plan_task WHERE id = '" + task + "'"))
                .isEqualTo("t");
    }

    private static void refused(UUID account, String objective, String field) {
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(PlanFixtures.planJson(account, objective))
                .post("/api/v1/success-plans")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
