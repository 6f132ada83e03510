package dev.tandem.cta.cta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.tandem.cta.Fixtures;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A CSM changes only the CTAs they own or the CTAs of accounts they own; a cs-admin changes any. */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class ObjectLevelAccessTest {

    private final String alice = "csm-alice-" + UUID.randomUUID();
    private final String bob = "csm-bob-" + UUID.randomUUID();

    @Test
    void aCsmChangesTheirOwnCtasAndTheirAccountsCtasOnly() {
        UUID bobsAccount = Fixtures.account(Fixtures.plan(), bob);
        // Owned by Bob as the account's CSM.
        String bobs = CtaResourceTest.open(bobsAccount, "RISK", "bob's", TestTokens.CS_ADMIN)
                .path("id");
        // On Bob's account, but given to Alice.
        String alicesOnBobsAccount = CtaResourceTest.open(bobsAccount, "RISK", "alice's", TestTokens.CS_ADMIN)
                .path("id");
        reassign(alicesOnBobsAccount, alice, TestTokens.forUser("admin", TestTokens.CS_ADMIN))
                .then()
                .statusCode(200);

        String aliceToken = TestTokens.forUser(alice, TestTokens.CSM);
        String bobToken = TestTokens.forUser(bob, TestTokens.CSM);

        comment(bobs, aliceToken).then().statusCode(403).contentType("application/problem+json");
        reassign(bobs, alice, aliceToken).then().statusCode(403);
        RestAssured.given()
                .auth()
                .oauth2(aliceToken)
                .contentType(ContentType.JSON)
                .body("{\"outcome\": \"CLOSED_LOST\"}")
                .post("/api/v1/ctas/{id}/close", bobs)
                .then()
                .statusCode(403);
        assertThat(Fixtures.text("SELECT status FROM cta WHERE id = '" + bobs + "'"))
                .isEqualTo("OPEN");
        comment(alicesOnBobsAccount, aliceToken).then().statusCode(201);
        // Bob owns the account, so he may change the CTA given to Alice too.
        comment(alicesOnBobsAccount, bobToken).then().statusCode(201);
        comment(bobs, bobToken).then().statusCode(201);
        comment(bobs, TestTokens.forUser("someone-else", TestTokens.CS_ADMIN))
                .then()
                .statusCode(201);
    }

    @Test
    void bulkReassignIsRefusedWholeWhenOneCtaIsSomeoneElses() {
        UUID alicesAccount = Fixtures.account(Fixtures.plan(), alice);
        UUID bobsAccount = Fixtures.account(Fixtures.plan(), bob);
        String mine = CtaResourceTest.open(alicesAccount, "RISK", "mine", TestTokens.CS_ADMIN)
                .path("id");
        String his = CtaResourceTest.open(bobsAccount, "RISK", "his", TestTokens.CS_ADMIN)
                .path("id");

        RestAssured.given()
                .auth()
                .oauth2(TestTokens.forUser(alice, TestTokens.CSM))
                .contentType(ContentType.JSON)
                .body("{\"ctaIds\": [\"%s\", \"%s\"], \"ownerId\": \"%s\"}".formatted(mine, his, alice))
                .post("/api/v1/ctas/reassign")
                .then()
                .statusCode(403);

        assertThat(Fixtures.text("SELECT owner_id FROM cta WHERE id = '" + his + "'"))
                .isEqualTo(bob);
        assertThat(Fixtures.text("SELECT count(*) FROM outbox_event WHERE payload LIKE '%" + his
                        + "%' AND type = 'dev.tandem.cta.updated.v1'"))
                .isEqualTo("0");
    }

    @Test
    void aCsmOpensCtasOnOtherAccountsOnlyForThemselves() {
        UUID bobsAccount = Fixtures.account(Fixtures.plan(), bob);
        UUID alicesAccount = Fixtures.account(Fixtures.plan(), alice);
        String aliceToken = TestTokens.forUser(alice, TestTokens.CSM);
        String carol = "csm-carol-" + UUID.randomUUID();

        openFor(bobsAccount, "for carol", carol, aliceToken)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("ownerId"));
        assertThat(Fixtures.openCtas(bobsAccount)).isZero();

        openFor(bobsAccount, "for myself", alice, aliceToken).then().statusCode(201);
        // Without an owner, the account's CSM gets it: a heads-up to a colleague.
        openFor(bobsAccount, "heads-up", null, aliceToken)
                .then()
                .statusCode(201)
                .body("ownerId", equalTo(bob));
        openFor(alicesAccount, "for carol", carol, aliceToken).then().statusCode(201);
        openFor(bobsAccount, "for carol", carol, TestTokens.forUser("admin", TestTokens.CS_ADMIN))
                .then()
                .statusCode(201);
    }

    @Test
    void viewersReadButChangeNothing() {
        UUID account = Fixtures.account(Fixtures.plan(), alice);
        String cta = CtaResourceTest.open(account, "RISK", "read only", TestTokens.CS_ADMIN)
                .path("id");

        RestAssured.given()
                .auth()
                .oauth2(TestTokens.withRole(TestTokens.VIEWER))
                .get("/api/v1/ctas/{id}", cta)
                .then()
                .statusCode(200)
                .body("cta.ownerId", equalTo(alice));
        comment(cta, TestTokens.withRole(TestTokens.VIEWER)).then().statusCode(403);
    }

    private static Response comment(String cta, String token) {
        return RestAssured.given()
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"body\": \"note\"}")
                .post("/api/v1/ctas/{id}/comments", cta);
    }

    private static Response openFor(UUID account, String reason, String owner, String token) {
        String ownerField = owner == null ? "" : ", \"ownerId\": \"" + owner + "\"";
        return RestAssured.given()
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"accountId\": \"%s\", \"type\": \"RISK\", \"reason\": \"%s\"%s}"
                        .formatted(account, reason, ownerField))
                .post("/api/v1/ctas");
    }

    private static Response reassign(String cta, String owner, String token) {
        return RestAssured.given()
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"ownerId\": \"%s\"}".formatted(owner))
                .post("/api/v1/ctas/{id}/reassign", cta);
    }
}
