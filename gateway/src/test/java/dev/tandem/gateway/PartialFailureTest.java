package dev.tandem.gateway;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * With health-, cta- and content-service down (the profile points them at a port nobody listens on), what
 * account-service knows still comes, and each missing part is an error entry with its path and code UNAVAILABLE.
 */
@QuarkusTest
@TestProfile(SelfAsDownstreamProfile.class)
@WithTandemInfrastructure
class PartialFailureTest {

    private static final String ACCOUNT_360 = """
            query Account($id: String!) {
              account(externalId: $id) {
                name stage
                health { score }
                ctas { type }
                onboarding { status }
              }
            }
            """;

    @Test
    void theRestOfTheAnswerComesWithAnUnavailableErrorPerMissingPart() {
        GraphQL.as(TestTokens.CSM, ACCOUNT_360, Map.of("id", "acme-3"))
                .statusCode(200)
                .body("data.account.name", equalTo("Account acme-3"))
                .body("data.account.stage", equalTo("ONBOARDING"))
                .body("data.account.health", nullValue())
                .body("data.account.ctas", nullValue())
                .body("data.account.onboarding", nullValue())
                .body("errors", hasSize(3))
                .body(
                        "errors.path",
                        containsInAnyOrder(
                                List.of("account", "health"),
                                List.of("account", "ctas"),
                                List.of("account", "onboarding")))
                .body("errors.extensions.code", everyItem(equalTo("UNAVAILABLE")))
                .body("errors.message", Matchers.hasItem("health-service is unavailable; try again shortly"));
    }

    @Test
    void errorsShowNoJavaExceptionText() {
        GraphQL.as(TestTokens.CSM, ACCOUNT_360, Map.of("id", "acme-4"))
                .statusCode(200)
                .body("errors.extensions.exception", everyItem(nullValue()))
                .body("errors.message", everyItem(not(Matchers.containsString("Exception"))))
                .body("errors.message", everyItem(not(Matchers.containsString("java."))));
    }

    @Test
    void anAccountThatDoesNotExistIsNotFound() {
        GraphQL.as(TestTokens.VIEWER, "{ account(externalId: \"missing\") { name } }")
                .statusCode(200)
                .body("data.account", nullValue())
                .body("errors.path", Matchers.contains(List.of("account")))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions", not(Matchers.hasKey("exception")));
    }

    @Test
    void whatOnlyTheMissingServicesKnowIsUnavailableOnItsOwn() {
        GraphQL.as(TestTokens.CSM, "{ myCockpit { urgency } platformStatus { name } }")
                .statusCode(200)
                .body("data.platformStatus", not(empty()))
                .body("data.myCockpit", nullValue())
                .body("errors[0].path", Matchers.contains("myCockpit"))
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"));
    }
}
