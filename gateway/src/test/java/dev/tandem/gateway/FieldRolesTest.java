package dev.tandem.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every query and mutation admits exactly its roles: refused ones get FORBIDDEN, admitted ones never do (whatever the
 * fake services then answer). Integrators get nothing from the gateway. A new operation without a line here fails
 * {@link #everyOperationOfTheSchemaIsInTheMatrix()}.
 */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class FieldRolesTest {

    private static final String[] PEOPLE = {TestTokens.CS_ADMIN, TestTokens.CSM, TestTokens.VIEWER};
    private static final String[] WORKERS = {TestTokens.CS_ADMIN, TestTokens.CSM};
    private static final String[] ADMINS = {TestTokens.CS_ADMIN};
    private static final String ID = UUID.randomUUID().toString();
    private static final String PROGRAM = "{name: \"x\", milestones: [{name: \"m\", kind: SEATS_ACTIVE}]}";
    private static final String CONTENT = "{type: ARTICLE, title: \"x\", body: \"y\", language: \"en\"}";
    private static final String SCORECARD = "{name: \"x\", groups: []}";
    private static final String RULE =
            "{name: \"x\", trigger: {onboardingFailed: true}, actions: [{callWebhook: {url: \"https://x.example\"}}]}";
    private static final String OBJECTIVE = "{title: \"t\", dueDate: \"2030-01-01\", goal: {kind: HEALTH,"
            + " metric: \"logins\", baseline: 1, target: 2, direction: UP}}";

    private static final String TOUCHPOINT = "{type: \"CALL\", occurredAt: \"2026-11-02T10:00:00Z\", subject: \"s\"}";
    private static final String PREFERENCES = "{kinds: [{kind: DETRACTOR, channels: [EMAIL]}]}";

    private record Operation(String name, String document, String... roles) {}

    private static final List<Operation> MATRIX = List.of(
            new Operation("platformStatus", "{ platformStatus { name } }", PEOPLE),
            new Operation("account", "{ account(externalId: \"acme-1\") { name health { score } } }", PEOPLE),
            new Operation("accounts", "{ accounts(first: 2) { pageInfo { hasNextPage } } }", PEOPLE),
            new Operation("portfolio", "{ portfolio { accounts } }", PEOPLE),
            new Operation("retention", "{ retention { total { bridgeAddsUp } } }", PEOPLE),
            new Operation("retentionSeries", "{ retentionSeries { month } }", PEOPLE),
            new Operation("renewalForecast", "{ renewalForecast { arr } }", PEOPLE),
            new Operation("lifetimeValue", "{ lifetimeValue { grossMargin } }", PEOPLE),
            new Operation("growthMetrics", "{ growthMetrics { nps } }", PEOPLE),
            new Operation("searchContent", "{ searchContent(query: \"crm\") { pageInfo { hasNextPage } } }", PEOPLE),
            new Operation("contentGaps", "{ contentGaps { pageInfo { hasNextPage } } }", PEOPLE),
            new Operation("programs", "{ programs { id } }", PEOPLE),
            new Operation("onboardingStats", "{ onboardingStats(programId: \"" + ID + "\") }", PEOPLE),
            new Operation("programStats", "{ programStats(programId: \"" + ID + "\") { programId } }", PEOPLE),
            new Operation("myCockpit", "{ myCockpit { urgency } }", WORKERS),
            new Operation("teamCockpit", "{ teamCockpit(queue: \"Digital CS\") { urgency } }", ADMINS),
            new Operation("ctaQueues", "{ ctaQueues { name open } }", WORKERS),
            new Operation("csms", "{ csms { edges { node { id } } } }", PEOPLE),
            new Operation(
                    "surveyCampaignResults", "{ surveyCampaignResults(campaignId: \"" + ID + "\") { sent } }", PEOPLE),
            new Operation("surveys", "{ surveys { id } }", PEOPLE),
            new Operation("survey", "{ survey(id: \"" + ID + "\") { id } }", PEOPLE),
            new Operation("surveyCampaigns", "{ surveyCampaigns { id } }", PEOPLE),
            new Operation("surveyCampaign", "{ surveyCampaign(id: \"" + ID + "\") { id } }", PEOPLE),
            new Operation(
                    "saveSurvey",
                    "mutation { saveSurvey(survey: {name: \"x\", kind: NPS, subject: \"s\", intro: \"i\"}) { id } }",
                    ADMINS),
            new Operation(
                    "createSurveyCampaign",
                    "mutation { createSurveyCampaign(campaign: {surveyId: \"" + ID + "\", name: \"x\"}) { id } }",
                    ADMINS),
            new Operation("myNotificationPreferences", "{ myNotificationPreferences { person } }", WORKERS),
            new Operation(
                    "updateMyNotificationPreferences",
                    "mutation { updateMyNotificationPreferences(preferences: " + PREFERENCES + ") { person } }",
                    WORKERS),
            new Operation("notificationPreferences", "{ notificationPreferences(person: \"p\") { person } }", ADMINS),
            new Operation(
                    "updateNotificationPreferences",
                    "mutation { updateNotificationPreferences(person: \"p\", preferences: " + PREFERENCES
                            + ") { person } }",
                    ADMINS),
            new Operation("pullCta", "mutation { pullCta(id: \"" + ID + "\") { id } }", WORKERS),
            new Operation("takeCta", "mutation { takeCta(id: \"" + ID + "\") { id } }", WORKERS),
            new Operation("scorecards", "{ scorecards { id } }", ADMINS),
            new Operation("rules", "{ rules { id } }", ADMINS),
            new Operation("churnAnalyses", "{ churnAnalyses { id } }", ADMINS),
            new Operation("churnAnalysis", "{ churnAnalysis(id: \"" + ID + "\") { status } }", ADMINS),
            new Operation("startChurnAnalysis", "mutation { startChurnAnalysis(input: {}) { id } }", ADMINS),
            new Operation(
                    "createCta",
                    "mutation { createCta(cta: {accountId: \"" + ID + "\", type: \"RISK\", reason: \"r\"}) { id } }",
                    WORKERS),
            new Operation(
                    "updateCta",
                    "mutation { updateCta(id: \"" + ID + "\", changes: {priority: HIGH}) { id } }",
                    WORKERS),
            new Operation(
                    "snoozeCta",
                    "mutation { snoozeCta(id: \"" + ID + "\", until: \"2030-01-01\", reason: \"r\") { id } }",
                    WORKERS),
            new Operation(
                    "closeCta", "mutation { closeCta(id: \"" + ID + "\", outcome: CLOSED_LOST) { id } }", WORKERS),
            new Operation(
                    "reassignCta", "mutation { reassignCta(id: \"" + ID + "\", ownerId: \"o\") { id } }", WORKERS),
            new Operation("commentOnCta", "mutation { commentOnCta(id: \"" + ID + "\", body: \"b\") }", WORKERS),
            new Operation(
                    "completeTask",
                    "mutation { completeTask(ctaId: \"" + ID + "\", taskId: \"" + ID + "\") { id } }",
                    WORKERS),
            new Operation(
                    "createSuccessPlanFromTemplate",
                    "mutation { createSuccessPlanFromTemplate(plan: {accountId: \"" + ID + "\", templateId: \"" + ID
                            + "\"}) { id } }",
                    WORKERS),
            new Operation(
                    "addSuccessPlanObjective",
                    "mutation { addSuccessPlanObjective(planId: \"" + ID + "\", objective: " + OBJECTIVE + ") { id } }",
                    WORKERS),
            new Operation(
                    "updateSuccessPlanObjective",
                    "mutation { updateSuccessPlanObjective(planId: \"" + ID + "\", objectiveId: \"" + ID
                            + "\", objective: " + OBJECTIVE + ") { id } }",
                    WORKERS),
            new Operation(
                    "completeSuccessPlanTask",
                    "mutation { completeSuccessPlanTask(planId: \"" + ID + "\", objectiveId: \"" + ID + "\", taskId: \""
                            + ID + "\") { id } }",
                    WORKERS),
            new Operation(
                    "setManualMeasure",
                    "mutation { setManualMeasure(accountExternalId: \"acme-1\", measureKey: \"csm-sentiment\","
                            + " value: {points: 50, expiresOn: \"2030-01-01\"}) { points } }",
                    WORKERS),
            new Operation(
                    "enrollAccount",
                    "mutation { enrollAccount(accountId: \"" + ID + "\", programId: \"" + ID + "\") { id } }",
                    WORKERS),
            new Operation(
                    "createScorecard", "mutation { createScorecard(scorecard: " + SCORECARD + ") { id } }", ADMINS),
            new Operation(
                    "replaceScorecard",
                    "mutation { replaceScorecard(id: \"" + ID + "\", scorecard: " + SCORECARD + ") { id } }",
                    ADMINS),
            new Operation("deleteScorecard", "mutation { deleteScorecard(id: \"" + ID + "\") }", ADMINS),
            new Operation("createRule", "mutation { createRule(rule: " + RULE + ") { id } }", ADMINS),
            new Operation(
                    "replaceRule", "mutation { replaceRule(id: \"" + ID + "\", rule: " + RULE + ") { id } }", ADMINS),
            new Operation("deleteRule", "mutation { deleteRule(id: \"" + ID + "\") }", ADMINS),
            new Operation("createProgram", "mutation { createProgram(program: " + PROGRAM + ") { id } }", ADMINS),
            new Operation(
                    "replaceProgram",
                    "mutation { replaceProgram(id: \"" + ID + "\", program: " + PROGRAM + ") { id } }",
                    ADMINS),
            new Operation("createContent", "mutation { createContent(content: " + CONTENT + ") { id } }", ADMINS),
            new Operation(
                    "replaceContent",
                    "mutation { replaceContent(id: \"" + ID + "\", content: " + CONTENT + ") { id } }",
                    ADMINS),
            new Operation("deleteContent", "mutation { deleteContent(id: \"" + ID + "\") }", ADMINS),
            new Operation("touchpoint", "{ touchpoint(id: \"" + ID + "\") { id } }", PEOPLE),
            new Operation(
                    "searchTouchpoints", "{ searchTouchpoints(query: \"roi\") { pageInfo { hasNextPage } } }", PEOPLE),
            new Operation("touchpointTypes", "{ touchpointTypes { key } }", PEOPLE),
            new Operation(
                    "recordTouchpoint",
                    "mutation { recordTouchpoint(accountId: \"" + ID + "\", touchpoint: " + TOUCHPOINT + ") { id } }",
                    WORKERS),
            new Operation(
                    "updateTouchpoint",
                    "mutation { updateTouchpoint(id: \"" + ID + "\", touchpoint: " + TOUCHPOINT + ") { id } }",
                    WORKERS),
            new Operation("deleteTouchpoint", "mutation { deleteTouchpoint(id: \"" + ID + "\") }", WORKERS),
            new Operation(
                    "addTouchpointType",
                    "mutation { addTouchpointType(type: {key: \"WORKSHOP\", name: \"Workshop\"}) { key } }",
                    ADMINS),
            new Operation("successPlanTemplates", "{ successPlanTemplates { id } }", PEOPLE),
            new Operation(
                    "defineSuccessPlanTemplate",
                    "mutation { defineSuccessPlanTemplate(template: {name: \"x\", touchModel: HIGH, objectives: [{"
                            + "title: \"t\", kind: HEALTH, metric: \"logins\", direction: UP, improvementPercent: 10,"
                            + " dueInDays: 30}]}) { id } }",
                    ADMINS));

    @TestFactory
    Stream<DynamicTest> everyOperationAdmitsExactlyItsRoles() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation operation : MATRIX) {
            Set<String> admitted = Set.of(operation.roles());
            for (String role : TestTokens.ROLES) {
                boolean admits = admitted.contains(role);
                tests.add(DynamicTest.dynamicTest(
                        operation.name() + (admits ? " admits " : " refuses ") + role,
                        () -> assertThat(forbiddenCodes(operation, role))
                                .as(operation.document())
                                .isEqualTo(admits ? 0 : 1)));
            }
        }
        return tests.stream();
    }

    @Test
    void everyOperationOfTheSchemaIsInTheMatrix() {
        Set<String> operations = new TreeSet<>(fieldsOf("queryType"));
        operations.addAll(fieldsOf("mutationType"));

        assertThat(MATRIX.stream().map(Operation::name)).containsExactlyInAnyOrderElementsOf(operations);
    }

    /** One root type at a time: GraphQL Java refuses introspection that asks for fields twice. */
    private static List<String> fieldsOf(String rootType) {
        return GraphQL.as(TestTokens.CS_ADMIN, "{ __schema { " + rootType + " { fields { name } } } }", Map.of())
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("data.__schema." + rootType + ".fields.name", String.class);
    }

    private static int forbiddenCodes(Operation operation, String role) {
        String token = TestTokens.INTEGRATOR.equals(role)
                ? TestTokens.forClient("crm-sync", TestTokens.INTEGRATOR)
                : TestTokens.withRole(role);
        List<String> codes = GraphQL.withToken(token, operation.document(), Map.of())
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("errors.extensions.code", String.class);
        return codes == null
                ? 0
                : (int) codes.stream().filter("FORBIDDEN"::equals).count();
    }
}
