package dev.tandem.health.manual;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.tandem.health.TestAccounts;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A CSM changes manual measure values only of the accounts they are CSM of; a cs-admin of any account. */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class ManualValueAccessTest {

    private static final String MEASURE = "csm-sentiment";

    private final String alice = "csm-alice-" + UUID.randomUUID();
    private final String bob = "csm-bob-" + UUID.randomUUID();
    private final String admin = TestTokens.forUser("admin-" + UUID.randomUUID(), TestTokens.CS_ADMIN);

    @Test
    void anotherCsmIsRefusedAndChangesNothingTheOwnerAndAnAdminMay() {
        String account = announced(alice);

        set(account, "70.5", "Champion is happy", csm(alice)).statusCode(200).body("setBy", equalTo(alice));

        set(account, "10", "Bob's opinion", csm(bob))
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:tandem:forbidden"))
                .body("detail", containsString(account));
        remove(account, csm(bob)).statusCode(403).contentType("application/problem+json");
        values(account)
                .body("", hasSize(1))
                .body("[0].points", equalTo(70.5f))
                .body("[0].note", equalTo("Champion is happy"))
                .body("[0].setBy", equalTo(alice));

        set(account, "90", "Escalation resolved", admin).statusCode(200);
        values(account).body("[0].points", equalTo(90.0f));
        remove(account, csm(alice)).statusCode(204);
        values(account).body("", hasSize(0));
    }

    @Test
    void theAccountsNewCsmTakesOverItsValues() {
        UUID id = UUID.randomUUID();
        String account = "handed-over-" + id;
        TestAccounts.announce(id, account, "Growth", "ADOPTION", alice);
        set(account, "60", null, csm(alice)).statusCode(200);

        TestAccounts.assignCsm(id, alice, bob);

        set(account, "40", null, csm(alice)).statusCode(403);
        set(account, "80", null, csm(bob)).statusCode(200);
        values(account).body("[0].setBy", equalTo(bob));
    }

    @Test
    void anAccountWithoutCsmIsForAdminsAndAnUnknownOneIsNotFoundForACsm() {
        String unassigned = announced(null);
        set(unassigned, "50", null, csm(alice)).statusCode(403);
        set(unassigned, "50", null, admin).statusCode(200);

        // Not announced by account-service (yet): a CSM cannot be its CSM; an admin may judge it ahead.
        String unknown = "unknown-" + UUID.randomUUID();
        set(unknown, "50", null, csm(alice))
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString(unknown));
        remove(unknown, csm(alice)).statusCode(404);
        values(unknown).body("", hasSize(0));
        set(unknown, "50", null, admin).statusCode(200);
    }

    private static String announced(String csm) {
        UUID id = UUID.randomUUID();
        String account = "manual-" + id;
        TestAccounts.announce(id, account, "Growth", "ADOPTION", csm);
        return account;
    }

    private static String csm(String subject) {
        return TestTokens.forUser(subject, TestTokens.CSM);
    }

    private static ValidatableResponse set(String account, String points, String note, String token) {
        String body = note == null
                ? "{\"points\": %s, \"expiresOn\": \"%s\"}"
                        .formatted(points, LocalDate.now().plusDays(30))
                : "{\"points\": %s, \"expiresOn\": \"%s\", \"note\": \"%s\"}"
                        .formatted(points, LocalDate.now().plusDays(30), note);
        return RestAssured.given()
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/accounts/{a}/manual-measures/{m}", account, MEASURE)
                .then();
    }

    private static ValidatableResponse remove(String account, String token) {
        return RestAssured.given()
                .auth()
                .oauth2(token)
                .delete("/api/v1/accounts/{a}/manual-measures/{m}", account, MEASURE)
                .then();
    }

    private static ValidatableResponse values(String account) {
        return RestAssured.given()
                .auth()
                .oauth2(TestTokens.withRole(TestTokens.CSM))
                .get("/api/v1/accounts/{a}/manual-measures", account)
                .then()
                .statusCode(200);
    }
}
