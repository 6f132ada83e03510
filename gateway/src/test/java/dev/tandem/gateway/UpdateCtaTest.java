package dev.tandem.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code updateCta} passes a JSON merge patch to cta-service: the fields the caller wrote, a null one as null (which
 * clears the due date there), none that were left out; the service's refusals come back with their codes.
 */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class UpdateCtaTest {

    private static final String PATCH = "PATCH /api/v1/ctas/:id";

    private static final String UPDATE = """
            mutation Update($id: UUID!, $changes: CtaChangesInput!) {
              updateCta(id: $id, changes: $changes) { id priority dueDate status }
            }
            """;

    private final String id = UUID.randomUUID().toString();

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    @Test
    void onlyTheFieldsWrittenArePatched() {
        GraphQL.as(TestTokens.CSM, UPDATE, Map.of("id", id, "changes", Map.of("priority", "URGENT")))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.updateCta.id", equalTo(id))
                .body("data.updateCta.priority", equalTo("URGENT"))
                .body("data.updateCta.dueDate", equalTo("2030-01-01"));

        FakeServices.Received sent = FakeServices.lastBody(PATCH);
        assertThat(sent.contentType()).startsWith("application/merge-patch+json");
        assertThat(sent.body()).isEqualTo(new JsonObject().put("priority", "URGENT"));
    }

    @Test
    void aNullDueDateIsPassedOnToClearItWhetherInlineOrAsAVariable() {
        GraphQL.as(
                        TestTokens.CS_ADMIN,
                        "mutation { updateCta(id: \"" + id + "\", changes: {dueDate: null}) { dueDate priority } }")
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.updateCta.dueDate", nullValue())
                .body("data.updateCta.priority", equalTo("HIGH"));
        assertThat(FakeServices.lastBody(PATCH).body()).isEqualTo(new JsonObject().putNull("dueDate"));

        Map<String, Object> changes = new HashMap<>();
        changes.put("dueDate", null);
        changes.put("priority", "LOW");
        GraphQL.as(TestTokens.CSM, UPDATE, Map.of("id", id, "changes", changes))
                .statusCode(200)
                .body("data.updateCta.priority", equalTo("LOW"));
        assertThat(FakeServices.lastBody(PATCH).body())
                .isEqualTo(new JsonObject().putNull("dueDate").put("priority", "LOW"));

        GraphQL.as(TestTokens.CSM, UPDATE, Map.of("id", id, "changes", Map.of("dueDate", "2031-02-03")))
                .statusCode(200)
                .body("data.updateCta.dueDate", equalTo("2031-02-03"));
        assertThat(FakeServices.lastBody(PATCH).body()).isEqualTo(new JsonObject().put("dueDate", "2031-02-03"));
    }

    @Test
    void theServicesRefusalsComeBackWithTheirCodesAndAreNotRetried() {
        update(FakeServices.FORBIDDEN_CTA, Map.of("priority", "LOW"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", containsString("neither yours"));
        update(FakeServices.MISSING_CTA, Map.of("priority", "LOW"))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        update(FakeServices.CLOSED_CTA, Map.of("priority", "LOW"))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("is closed"));
        Map<String, Object> nullPriority = new HashMap<>();
        nullPriority.put("priority", null);
        update(UUID.randomUUID(), nullPriority)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("priority: must be one of"));

        assertThat(FakeServices.calls(PATCH)).isEqualTo(4);
    }

    @Test
    void aViewerIsRefusedBeforeAnyServiceIsAsked() {
        GraphQL.as(TestTokens.VIEWER, UPDATE, Map.of("id", id, "changes", Map.of("priority", "LOW")))
                .statusCode(200)
                .body("data.updateCta", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        assertThat(FakeServices.calls(PATCH)).isZero();
    }

    private static io.restassured.response.ValidatableResponse update(UUID cta, Map<String, Object> changes) {
        return GraphQL.as(TestTokens.CSM, UPDATE, Map.of("id", cta.toString(), "changes", changes))
                .statusCode(200)
                .body("data.updateCta", nullValue());
    }
}
