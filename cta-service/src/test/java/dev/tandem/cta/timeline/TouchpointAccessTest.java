package dev.tandem.cta.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.tandem.cta.Fixtures;
import dev.tandem.events.account.CsmAssigned;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A CSM records touchpoints on the accounts they are CSM of and changes those or the ones they wrote; a cs-admin any;
 * a viewer reads. Refusals change nothing.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class TouchpointAccessTest {

    private final String alice = "csm-alice-" + UUID.randomUUID();
    private final String bob = "csm-bob-" + UUID.randomUUID();
    private final String aliceToken = TestTokens.forUser(alice, TestTokens.CSM);
    private final String bobToken = TestTokens.forUser(bob, TestTokens.CSM);
    private final String adminToken = TestTokens.forUser("admin-" + UUID.randomUUID(), TestTokens.CS_ADMIN);
    private final Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);

    @Test
    void aCsmWritesOnTheirOwnAccountsOnly() {
        UUID bobsAccount = Fixtures.account(Fixtures.plan(), bob);
        String call = Touchpoints.json("CALL", yesterday, "call", List.of());

        Touchpoints.create(bobsAccount, call, aliceToken)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        Touchpoints.put(bobsAccount, "outlook", "a-1", call, aliceToken).then().statusCode(403);
        assertThat(Touchpoints.stored(bobsAccount)).isZero();

        String bobs = id(Touchpoints.create(bobsAccount, call, bobToken));
        update(bobs, aliceToken).then().statusCode(403);
        delete(bobs, aliceToken).then().statusCode(403);
        assertThat(Fixtures.text("SELECT version FROM touchpoint WHERE id = '" + bobs + "'"))
                .isEqualTo("1");

        update(bobs, bobToken).then().statusCode(200).body("version", equalTo(2));
        update(bobs, adminToken).then().statusCode(200).body("authorId", equalTo(bob));
        String byAdmin = id(Touchpoints.create(bobsAccount, call, adminToken));
        // Bob is the account's CSM: he changes what a cs-admin recorded on it.
        update(byAdmin, bobToken).then().statusCode(200);
    }

    @Test
    void anAuthorKeepsTheirTouchpointWhenTheAccountChangesHands() {
        UUID account = Fixtures.account(Fixtures.plan(), alice);
        String mine =
                id(Touchpoints.create(account, Touchpoints.json("NOTE", yesterday, "note", List.of()), aliceToken));
        Fixtures.apply(new CsmAssigned(account, alice, bob, Instant.now()));

        update(mine, aliceToken).then().statusCode(200);
        Touchpoints.create(account, Touchpoints.json("NOTE", yesterday, "note", List.of()), aliceToken)
                .then()
                .statusCode(403);
    }

    @Test
    void onlyIntegratorsAndCsAdminsNameAnotherAuthor() {
        UUID account = Fixtures.account(Fixtures.plan(), alice);
        String namingBob =
                Touchpoints.json("CALL", yesterday, "call", List.of()).replace("}", ", \"authorId\": \"" + bob + "\"}");

        Touchpoints.create(account, namingBob, aliceToken)
                .then()
                .statusCode(403)
                .body("errors[0].field", equalTo("authorId"));
        assertThat(Touchpoints.stored(account)).isZero();
        Touchpoints.create(account, namingBob, adminToken)
                .then()
                .statusCode(201)
                .body("authorId", equalTo(bob));
    }

    @Test
    void deleteAdmitsTheAccountsCsmAndCsAdminsOnly() {
        UUID account = Fixtures.account(Fixtures.plan(), alice);
        String call = Touchpoints.json("CALL", yesterday, "call", List.of());
        String first = id(Touchpoints.create(account, call, aliceToken));
        String second = id(Touchpoints.create(account, call, aliceToken));

        RestAssured.given().delete("/api/v1/touchpoints/{id}", first).then().statusCode(401);
        delete(first, TestTokens.withRole(TestTokens.VIEWER)).then().statusCode(403);
        delete(first, TestTokens.forClient("calendar-sync", TestTokens.INTEGRATOR))
                .then()
                .statusCode(403);
        delete(first, aliceToken).then().statusCode(204);
        delete(second, adminToken).then().statusCode(204);
        delete(second, adminToken).then().statusCode(404);
    }

    private static String id(Response created) {
        return created.then().statusCode(201).extract().path("id");
    }

    private Response update(String id, String token) {
        return RestAssured.given()
                .auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Touchpoints.json("CALL", yesterday, "call " + UUID.randomUUID(), List.of()))
                .put("/api/v1/touchpoints/{id}", id);
    }

    private static Response delete(String id, String token) {
        return RestAssured.given().auth().oauth2(token).delete("/api/v1/touchpoints/{id}", id);
    }
}
