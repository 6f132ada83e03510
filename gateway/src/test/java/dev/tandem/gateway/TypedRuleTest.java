package dev.tandem.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rules typed field by field: what cta-service answers reads through the typed schema unchanged, and a rule input's
 * one-of trigger and actions reach cta-service as its flat kind-and-parameters shape; a one-of set wrong is VALIDATION
 * naming the field, and nothing is sent.
 */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class TypedRuleTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String FIELDS = """
            id name enabled resolveAfterDays applyToCurrentState inForceSince
            trigger { kind band points days percent threshold stage touchModel
              signal { type name minValue maxValue properties { key value } } }
            scope { touchModels stages plans }
            reentry { mode times windowDays }
            actions { kind ctaType reason priority dueInDays defaultOwner team playbookId templateId url
              format surveyId roles throttleDays delayDays }
            """;

    private static final String CREATE = "mutation($r: RuleInput!) { createRule(rule: $r) { id name } }";

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    @Test
    void aRuleReadsTheSameTypedAsCtaServiceWroteIt() throws Exception {
        ObjectNode typed = SameJson.data(
                GraphQL.as(TestTokens.CS_ADMIN, "{ rules { " + FIELDS + " } }")
                        .log()
                        .ifValidationFails(),
                "/rules/0");
        // The schema lists a signal's properties as key and value; cta-service writes them as an object.
        ObjectNode properties = MAPPER.createObjectNode();
        typed.at("/trigger/signal/properties")
                .forEach(property -> properties.set(property.path("key").asText(), property.path("value")));
        ((ObjectNode) typed.at("/trigger/signal")).set("properties", properties);
        SameJson.assertSame(typed, MAPPER.readTree(FakeRules.rule().encode()));
    }

    @Test
    void aOneOfTriggerAndActionsReachCtaServiceAsKindsWithTheirParameters() throws Exception {
        Map<String, Object> rule = Map.of(
                "name", "Detractor",
                "trigger",
                        Map.of(
                                "signalMatched",
                                Map.of(
                                        "type",
                                        "nps_response",
                                        "maxValue",
                                        6,
                                        "properties",
                                        List.of(Map.of("key", "survey", "value", "q4")))),
                "scope", Map.of("stages", List.of("ADOPTION")),
                "reentry", Map.of("mode", "AT_MOST", "times", 2),
                "actions",
                        List.of(
                                Map.of(
                                        "createCta",
                                        Map.of("ctaType", "RISK", "reason", "Detractor", "priority", "HIGH")),
                                Map.of(
                                        "callWebhook",
                                        Map.of("url", "https://hooks.example.com/tandem", "format", "TEAMS")),
                                Map.of(
                                        "sendSurvey",
                                        Map.of(
                                                "surveyId",
                                                "5b0d7c55-4f3e-4a57-9d0f-3f1c2b7a9e01",
                                                "roles",
                                                List.of("DECISION_MAKER"),
                                                "throttleDays",
                                                30))));

        GraphQL.as(TestTokens.CS_ADMIN, CREATE, Map.of("r", rule))
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body("data.createRule.name", equalTo("Detractor"));

        JsonNode sent = MAPPER.readTree(
                FakeServices.lastBody("POST /api/v1/rules").body().encode());
        SameJson.assertSame(sent, MAPPER.readTree("""
                        {"name": "Detractor",
                         "trigger": {"kind": "SIGNAL_MATCHED",
                                     "signal": {"type": "nps_response", "maxValue": 6, "properties": {"survey": "q4"}}},
                         "scope": {"stages": ["ADOPTION"]},
                         "reentry": {"mode": "AT_MOST", "times": 2},
                         "actions": [{"kind": "CREATE_CTA", "ctaType": "RISK", "reason": "Detractor", "priority": "HIGH"},
                                     {"kind": "CALL_WEBHOOK", "url": "https://hooks.example.com/tandem",
                                      "format": "TEAMS"},
                                     {"kind": "SEND_SURVEY", "surveyId": "5b0d7c55-4f3e-4a57-9d0f-3f1c2b7a9e01",
                                      "roles": ["DECISION_MAKER"], "throttleDays": 30}]}
                        """));
    }

    @Test
    void aKindWithoutParametersIsSetWithTrue() throws Exception {
        Map<String, Object> rule = Map.of(
                "name", "Onboarding failed",
                "trigger", Map.of("onboardingFailed", true),
                "actions", List.of(Map.of("createCta", Map.of("ctaType", "ONBOARDING", "reason", "Failed"))));

        GraphQL.as(TestTokens.CS_ADMIN, CREATE, Map.of("r", rule))
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue());

        assertThat(FakeServices.lastBody("POST /api/v1/rules")
                        .body()
                        .getJsonObject("trigger")
                        .encode())
                .isEqualTo("{\"kind\":\"ONBOARDING_FAILED\"}");
    }

    @Test
    void aSurveyDaysAfterOnboardingSucceededReachesCtaServiceWithItsDelay() throws Exception {
        Map<String, Object> rule = Map.of(
                "name", "How did onboarding go?",
                "trigger", Map.of("onboardingSucceeded", true),
                "actions",
                        List.of(Map.of(
                                "sendSurvey",
                                Map.of("surveyId", "5b0d7c55-4f3e-4a57-9d0f-3f1c2b7a9e01", "delayDays", 30))));

        GraphQL.as(TestTokens.CS_ADMIN, CREATE, Map.of("r", rule))
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue());

        JsonNode sent = MAPPER.readTree(
                FakeServices.lastBody("POST /api/v1/rules").body().encode());
        SameJson.assertSame(sent, MAPPER.readTree("""
                        {"name": "How did onboarding go?",
                         "trigger": {"kind": "ONBOARDING_SUCCEEDED"},
                         "actions": [{"kind": "SEND_SURVEY", "surveyId": "5b0d7c55-4f3e-4a57-9d0f-3f1c2b7a9e01",
                                      "delayDays": 30}]}
                        """));
    }

    @Test
    void theWholeDocumentStillCreatesARuleForOneRelease() {
        GraphQL.as(
                        TestTokens.CS_ADMIN,
                        "mutation($d: JSON!) { createRule(document: $d) { id name } }",
                        Map.of("d", Map.of("name", "As JSON", "trigger", Map.of("kind", "ONBOARDING_FAILED"))))
                .statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue());

        assertThat(FakeServices.lastBody("POST /api/v1/rules")
                        .body()
                        .getJsonObject("trigger")
                        .encode())
                .isEqualTo("{\"kind\":\"ONBOARDING_FAILED\"}");
    }

    @Test
    void twoTriggerKindsAreRefusedNamingTheFieldAndNothingIsSent() {
        Map<String, Object> rule = Map.of(
                "name", "Both",
                "trigger", Map.of("onboardingFailed", true, "pqlCrossed", Map.of("threshold", 70)),
                "actions", List.of(Map.of("createCta", Map.of("ctaType", "RISK", "reason", "x"))));

        GraphQL.as(TestTokens.CS_ADMIN, CREATE, Map.of("r", rule))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("trigger: set exactly one of bandEntered"))
                .body("errors[0].message", containsString("onboardingFailed and pqlCrossed are set"));
        assertThat(FakeServices.calls("POST /api/v1/rules")).isZero();
    }

    @Test
    void anActionWithoutAKindIsRefusedNamingWhichOne() {
        Map<String, Object> rule = Map.of(
                "name", "No action kind",
                "trigger", Map.of("pqlCrossed", Map.of("threshold", 70)),
                "actions", List.of(Map.of("callWebhook", Map.of("url", "https://hooks.example.com/a")), Map.of()));

        GraphQL.as(TestTokens.CS_ADMIN, CREATE, Map.of("r", rule))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body(
                        "errors[0].message",
                        containsString("actions[1]: set exactly one of createCta, sendMessage,"
                                + " callWebhook, sendSurvey; none is set"));
        assertThat(FakeServices.calls("POST /api/v1/rules")).isZero();
    }
}
