package dev.tandem.gateway;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every error carries FORBIDDEN, VALIDATION, NOT_FOUND or UNAVAILABLE in extensions.code, whoever refused. */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class ErrorCodesTest {

    private static final String CREATE_CTA = """
            mutation Create($cta: NewCtaInput!) {
              createCta(cta: $cta) { id status }
            }
            """;

    @Test
    void aRoleTheFieldDoesNotAdmitIsForbidden() {
        GraphQL.as(TestTokens.VIEWER, CREATE_CTA, Map.of("cta", cta("Renewal at risk")))
                .statusCode(200)
                .body("data.createCta", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void aServiceRefusingTheCallerIsForbidden() {
        GraphQL.as(
                        TestTokens.CSM,
                        "mutation Close($id: UUID!) { closeCta(id: $id, outcome: CLOSED_SUCCESS) { status } }",
                        Map.of("id", FakeServices.FORBIDDEN_CTA.toString()))
                .statusCode(200)
                .body("data.closeCta", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void inputAServiceRefusesIsValidationWithItsFieldErrors() {
        GraphQL.as(TestTokens.CSM, CREATE_CTA, Map.of("cta", cta(" ")))
                .statusCode(200)
                .body("data.createCta", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("reason: is required"));
    }

    @Test
    void inputTheGatewayRefusesIsValidationWithoutCallingAnyService() {
        FakeServices.reset();
        GraphQL.as(TestTokens.VIEWER, "{ accounts(first: 500) { pageInfo { hasNextPage } } }")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", equalTo("first: must be between 1 and 200"));
        org.assertj.core.api.Assertions.assertThat(FakeServices.totalCalls()).isZero();
    }

    @Test
    void aMutationThatSucceedsAnswersWithWhatTheServiceAnswered() {
        GraphQL.as(
                        TestTokens.CSM,
                        "mutation Close($id: UUID!) { closeCta(id: $id, outcome: CLOSED_SUCCESS) { status } }",
                        Map.of("id", java.util.UUID.randomUUID().toString()))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.closeCta.status", equalTo("CLOSED_SUCCESS"));
    }

    private static Map<String, Object> cta(String reason) {
        return Map.of("accountId", FakeServices.idOf("acme-1").toString(), "type", "RISK", "reason", reason);
    }
}
