package dev.tandem.gateway;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    private static final String CLOSE_CTA =
            "mutation Close($id: UUID!) { closeCta(id: $id, outcome: CLOSED_SUCCESS) { status } }";

    @Test
    void aServiceRefusingTheCallerIsForbiddenSayingWhy() {
        GraphQL.as(TestTokens.CSM, CLOSE_CTA, Map.of("id", FakeServices.FORBIDDEN_CTA.toString()))
                .statusCode(200)
                .body("data.closeCta", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body(
                        "errors[0].message",
                        equalTo("CTA " + FakeServices.FORBIDDEN_CTA + " is neither yours nor on an account you are"
                                + " CSM of; its owner, the account's CSM or a cs-admin may change it."));
    }

    @Test
    void aFieldAServiceRefusesTheCallerIsForbiddenWithItsFieldError() {
        Map<String, Object> cta = new java.util.HashMap<>(cta("Renewal at risk"));
        cta.put("ownerId", FakeServices.FORBIDDEN_OWNER);

        GraphQL.as(TestTokens.CSM, CREATE_CTA, Map.of("cta", cta))
                .statusCode(200)
                .body("data.createCta", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body(
                        "errors[0].message",
                        equalTo("Your role may not set ownerId to this value.; ownerId: on an account you are not CSM"
                                + " of, you may open a CTA only for yourself"));
    }

    @Test
    void aRefusalWithoutAProblemIsForbiddenInTheGatewaysWords() {
        GraphQL.as(TestTokens.CSM, CLOSE_CTA, Map.of("id", FakeServices.FORBIDDEN_BARE_CTA.toString()))
                .statusCode(200)
                .body("data.closeCta", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", equalTo("cta-service does not allow the caller this"));
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "an unknown field | { platformStatus { name colour } } | colour",
                "a missing argument | { account { name } } | externalId",
                "an argument of the wrong type | { accounts(first: \"ten\") { pageInfo { hasNextPage } } } | first",
            })
    void aRequestTheSchemaRefusesIsValidationNamingWhatIsWrong(String problem, String document, String named) {
        GraphQL.as(TestTokens.VIEWER, document)
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString(named))
                .body("errors[0].message", not(containsString("Exception")));
    }

    /**
     * SmallRye GraphQL answers a document that does not parse itself, before the engine and its instrumentation run,
     * so this one error has no code; its message is still SmallRye's own words, not an exception's.
     */
    @Test
    void aDocumentThatDoesNotParseIsRefusedInPlainWords() {
        GraphQL.as(TestTokens.VIEWER, "{ platformStatus { name }")
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", equalTo("Unparseable input document"));
    }

    @Test
    void aMissingVariableIsValidation() {
        GraphQL.as(TestTokens.VIEWER, "query ($id: String!) { account(externalId: $id) { name } }", Map.of())
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("id"));
    }

    @Test
    void aMutationThatSucceedsAnswersWithWhatTheServiceAnswered() {
        GraphQL.as(
                        TestTokens.CSM,
                        CLOSE_CTA,
                        Map.of("id", java.util.UUID.randomUUID().toString()))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.closeCta.status", equalTo("CLOSED_SUCCESS"));
    }

    private static Map<String, Object> cta(String reason) {
        return Map.of("accountId", FakeServices.idOf("acme-1").toString(), "type", "RISK", "reason", reason);
    }
}
