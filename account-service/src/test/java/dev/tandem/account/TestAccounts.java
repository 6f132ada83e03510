package dev.tandem.account;

import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.UUID;

/** Accounts and contracts set up through the API, as an integrator would, for tests that need one. */
public final class TestAccounts {

    private static final String INTEGRATOR = "test-setup";
    private static final String CONTRACT = """
            {"plan": "Growth", "arr": %s, "currency": "EUR", "seats": 25, "startDate": "%s", "renewalDate": "%s"}
            """;

    private TestAccounts() {}

    /** Creates an account with a fresh external id and returns that id. */
    public static String create(String name, String plan) {
        String externalId = "acct-" + UUID.randomUUID();
        Api.asClient(INTEGRATOR)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"plan\": \"" + plan + "\"}")
                .put("/api/v1/accounts/{id}", externalId)
                .then()
                .statusCode(201);
        return externalId;
    }

    /** An account set up by a test: the vendor's id and the Tandem id. */
    public record Created(String externalId, String id) {}

    /**
     * Creates an account as a cs-admin, whom the integrator rate limit does not hold back: for tests that set up many
     * accounts with contracts. Returns both its ids.
     */
    public static Created createAsAdmin(String name, String plan) {
        String externalId = "acct-" + UUID.randomUUID();
        String id = Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"plan\": \"" + plan + "\"}")
                .put("/api/v1/accounts/{id}", externalId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new Created(externalId, id);
    }

    /** Creates a contract as a cs-admin, like {@link #createAsAdmin}. */
    public static void addContractAsAdmin(
            String externalId, String contractId, String arr, LocalDate start, LocalDate renewal) {
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(CONTRACT.formatted(arr, start, renewal))
                .put("/api/v1/accounts/{id}/contracts/{contract}", externalId, contractId)
                .then()
                .statusCode(201);
    }

    /** The Tandem id of the account with {@code externalId}. */
    public static String idOf(String externalId) {
        return Api.asClient(INTEGRATOR)
                .get("/api/v1/accounts/{id}", externalId)
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    /** Creates contract {@code contractId} (25 seats, EUR) and expects it to be new. */
    public static void addContract(
            String externalId, String contractId, String arr, LocalDate start, LocalDate renewal) {
        Api.asClient(INTEGRATOR)
                .contentType(ContentType.JSON)
                .body(CONTRACT.formatted(arr, start, renewal))
                .put("/api/v1/accounts/{id}/contracts/{contract}", externalId, contractId)
                .then()
                .statusCode(201);
    }
}
