package dev.tandem.gateway;

import static io.restassured.RestAssured.given;

import dev.tandem.testing.oidc.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;

/** Posts a GraphQL document with variables to the gateway as a caller. */
final class GraphQL {

    private GraphQL() {}

    static ValidatableResponse as(String role, String document, Map<String, Object> variables) {
        return withToken(TestTokens.withRole(role), document, variables);
    }

    static ValidatableResponse as(String role, String document) {
        return as(role, document, Map.of());
    }

    static ValidatableResponse withToken(String token, String document, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/graphql")
                .then();
    }
}
