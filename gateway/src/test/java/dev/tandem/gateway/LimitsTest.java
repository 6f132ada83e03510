package dev.tandem.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What one request may cost: its size, its depth and its complexity are bounded before any field runs. */
@QuarkusTest
@TestProfile(SelfAsDownstreamProfile.class)
@WithTandemInfrastructure
class LimitsTest {

    @Test
    void tooComplexAQueryIsRefusedBeforeAnyServiceIsCalled() {
        String aliases = IntStream.range(0, 300)
                .mapToObj(i -> "s" + i + ": platformStatus { name }")
                .collect(Collectors.joining(" "));

        GraphQL.as(TestTokens.VIEWER, "{ " + aliases + " }")
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", containsString("complexity"))
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
    }

    @Test
    void tooDeepAQueryIsRefused() {
        String deep = "{ account(externalId: \"acme-1\") { health { groups { measures { name } } } } }";
        GraphQL.as(TestTokens.VIEWER, deep)
                .statusCode(200)
                .body("data.account", notNullValue())
                .body("errors.message", everyItem(not(containsString("depth"))));

        String tooDeep = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType"
                + " { ofType { name } } } } } } } } } } } }";
        GraphQL.as(TestTokens.VIEWER, tooDeep)
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", containsString("depth"))
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
    }

    @Test
    void tooLargeARequestIsRefusedWith413() {
        String padding = "x".repeat(70 * 1024);
        given().auth()
                .oauth2(TestTokens.withRole(TestTokens.VIEWER))
                .contentType(ContentType.JSON)
                .body(Map.of("query", "{ platformStatus { name } }", "operationName", padding))
                .post("/graphql")
                .then()
                .statusCode(413);
    }

    @Test
    void aVariableNestedDeeperThanAnyInputIsRefusedAsTheCallersMistake() {
        String deep = "[".repeat(20_000) + "]".repeat(20_000);
        String body = "{\"query\":\"query($f: AccountFilter) { accounts(filter: $f) { pageInfo { hasNextPage } } }\","
                + "\"variables\":{\"f\":" + deep + "}}";
        given().auth()
                .oauth2(TestTokens.withRole(TestTokens.VIEWER))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/graphql")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].reason", containsString("nested deeper than 1000 levels"));
    }

    @Test
    void answersCarryTheSecurityHeaders() {
        GraphQL.as(TestTokens.VIEWER, "{ platformStatus { name } }")
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }
}
