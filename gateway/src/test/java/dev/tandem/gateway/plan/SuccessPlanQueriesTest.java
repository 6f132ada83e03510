package dev.tandem.gateway.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.gateway.FakeServicesProfile;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An account's success plan in GraphQL, typed to the task, loaded for a page of accounts in one call; the mutations
 * pass cta-service's answers and refusals through as coded errors.
 */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class SuccessPlanQueriesTest {

    private static final String PAGE = """
            query Page($first: Int!) {
              accounts(first: $first) {
                edges { node { externalId successPlan { name status objectives {
                  title status progress improvementPercent currentValue
                  goal { kind metric baseline target direction }
                  tasks { title done }
                } } } }
              }
            }
            """;

    private static final String ADD = """
            mutation Add($planId: UUID!, $objective: SuccessPlanObjectiveInput!) {
              addSuccessPlanObjective(planId: $planId, objective: $objective) { id objectives { title } }
            }
            """;

    private static final String UPDATE = """
            mutation Update($planId: UUID!, $objectiveId: UUID!, $objective: SuccessPlanObjectiveInput!) {
              updateSuccessPlanObjective(planId: $planId, objectiveId: $objectiveId, objective: $objective) { id }
            }
            """;

    @BeforeEach
    void forgetEarlierCalls() {
        FakePlans.reset();
    }

    @Test
    void aPageOfAccountsGetsTheirPlansInOneCall() {
        as(TestTokens.VIEWER, PAGE, Map.of("first", 3))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.accounts.edges", hasSize(3))
                .body("data.accounts.edges[0].node.successPlan.status", equalTo("AT_RISK"))
                .body("data.accounts.edges[0].node.successPlan.objectives[0].goal.metric", equalTo("seat_utilisation"))
                .body("data.accounts.edges[0].node.successPlan.objectives[0].goal.direction", equalTo("UP"))
                .body("data.accounts.edges[0].node.successPlan.objectives[0].progress", equalTo(0.25f))
                .body("data.accounts.edges[0].node.successPlan.objectives[0].tasks[0].title", equalTo("Train the team"))
                .body("data.accounts.edges[1].node.externalId", equalTo("acme-1"))
                .body("data.accounts.edges[1].node.successPlan", nullValue());

        assertThat(FakePlans.calls("GET /api/v1/success-plans")).isEqualTo(1);
        assertThat(FakePlans.accountsAsked()).hasSize(3);
    }

    @Test
    void aPlanIsMadeFromATemplateWithBaselinesByMetric() {
        String account = UUID.randomUUID().toString();
        String template = UUID.randomUUID().toString();
        as(
                        TestTokens.CSM,
                        """
                        mutation Make($plan: SuccessPlanFromTemplateInput!) {
                          createSuccessPlanFromTemplate(plan: $plan) { accountId objectives { goal { kind } } }
                        }
                        """,
                        Map.of(
                                "plan",
                                Map.of(
                                        "accountId", account,
                                        "templateId", template,
                                        "baselines", List.of(Map.of("metric", "hours_saved", "value", 40)))))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createSuccessPlanFromTemplate.accountId", equalTo(account));

        var sent = FakePlans.lastBody("POST /api/v1/success-plans");
        assertThat(sent.getString("templateId")).isEqualTo(template);
        assertThat(sent.getJsonObject("baselines").getInteger("hours_saved")).isEqualTo(40);
    }

    @Test
    void badInputIsValidationNamingTheFieldAndAnotherCsmsPlanIsForbidden() {
        as(TestTokens.CSM, ADD, Map.of("planId", UUID.randomUUID().toString(), "objective", objective("happiness")))
                .statusCode(200)
                .body("data.addSuccessPlanObjective", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("goal.metric"));
        as(
                        TestTokens.CSM,
                        UPDATE,
                        Map.of(
                                "planId", FakePlans.FORBIDDEN_PLAN.toString(),
                                "objectiveId", UUID.randomUUID().toString(),
                                "objective", objective("logins")))
                .statusCode(200)
                .body("data.updateSuccessPlanObjective", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        // A viewer reads plans but changes none, and cta-service is not asked.
        as(TestTokens.VIEWER, ADD, Map.of("planId", UUID.randomUUID().toString(), "objective", objective("logins")))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        assertThat(FakePlans.calls("POST /api/v1/success-plans/:id/objectives")).isEqualTo(1);
    }

    @Test
    void aTaskIsCheckedOff() {
        String task = UUID.randomUUID().toString();
        as(
                        TestTokens.CSM,
                        """
                        mutation Done($plan: UUID!, $objective: UUID!, $task: UUID!) {
                          completeSuccessPlanTask(planId: $plan, objectiveId: $objective, taskId: $task) { id done }
                        }
                        """,
                        Map.of(
                                "plan", UUID.randomUUID().toString(),
                                "objective", UUID.randomUUID().toString(),
                                "task", task))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.completeSuccessPlanTask.id", equalTo(task))
                .body("data.completeSuccessPlanTask.done", equalTo(true));
    }

    @Test
    void aCsAdminDefinesASegmentsTemplateAndEveryoneReadsThem() {
        Map<String, Object> objective = Map.of(
                "title", "Save the team hours",
                "kind", "ROI",
                "metric", "hours_saved",
                "direction", "UP",
                "improvementPercent", 20,
                "dueInDays", 90);
        String define = """
                mutation Define($template: SuccessPlanTemplateInput!) {
                  defineSuccessPlanTemplate(template: $template) { id name touchModel objectives { metric dueInDays } }
                }
                """;
        as(
                        TestTokens.CS_ADMIN,
                        define,
                        Map.of(
                                "template",
                                Map.of("name", "High touch", "touchModel", "HIGH", "objectives", List.of(objective))))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.defineSuccessPlanTemplate.name", equalTo("High touch"))
                .body("data.defineSuccessPlanTemplate.objectives[0].dueInDays", equalTo(90));
        assertThat(FakePlans.lastBody("POST /api/v1/success-plan-templates")
                        .getJsonArray("objectives")
                        .getJsonObject(0)
                        .getString("metric"))
                .isEqualTo("hours_saved");

        as(
                        TestTokens.CS_ADMIN,
                        define,
                        Map.of("template", Map.of("name", "Empty", "touchModel", "LOW", "objectives", List.of())))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("objectives"));
        // A CSM makes plans from templates but defines none; cta-service is not asked.
        as(
                        TestTokens.CSM,
                        define,
                        Map.of(
                                "template",
                                Map.of("name", "Mine", "touchModel", "TECH", "objectives", List.of(objective))))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        assertThat(FakePlans.calls("POST /api/v1/success-plan-templates")).isEqualTo(2);

        as(
                        TestTokens.VIEWER,
                        "{ successPlanTemplates { name touchModel objectives { kind improvementPercent } } }",
                        Map.of())
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.successPlanTemplates[0].touchModel", equalTo("HIGH"))
                .body("data.successPlanTemplates[0].objectives[0].kind", equalTo("ROI"));
    }

    private static Map<String, Object> objective(String metric) {
        return Map.of(
                "title", "Objective",
                "dueDate", "2027-01-01",
                "goal", Map.of("kind", "HEALTH", "metric", metric, "baseline", 1, "target", 2, "direction", "UP"));
    }

    private static ValidatableResponse as(String role, String document, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        return given().auth()
                .oauth2(TestTokens.withRole(role))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/graphql")
                .then();
    }
}
