package dev.tandem.testing.oidc;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** RestAssured requests as a given caller, e.g. {@code Api.as(TestTokens.CSM).get("/api/v1/...")}. */
public final class Api {

    private Api() {}

    /** A request carrying a valid token of a demo person with {@code role}. */
    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.withRole(role));
    }

    /** A request carrying a valid client-credentials token of integrator client {@code clientId}. */
    public static RequestSpecification asClient(String clientId) {
        return given().auth().oauth2(TestTokens.forClient(clientId, TestTokens.INTEGRATOR));
    }
}
