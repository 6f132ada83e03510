package dev.tandem.cta.timeline;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.tandem.cta.Fixtures;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Full-text search finds touchpoints by their words, the best match first, in one account or across a CSM's book. */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class TouchpointSearchTest {

    private final String csm = "csm-" + UUID.randomUUID();
    private final String token = TestTokens.forUser(csm, TestTokens.CSM);

    @Test
    void findsByWordsAndRanksTheSubjectAboveTheBody() {
        UUID account = Fixtures.account(Fixtures.plan(), csm);
        UUID elsewhere = Fixtures.account(Fixtures.plan(), csm);
        UUID notMine = Fixtures.account(Fixtures.plan(), "csm-" + UUID.randomUUID());
        record(account, "Weekly sync", "They asked about the renewal pricing, to be continued.", 3);
        record(account, "Renewal pricing discussed", "Budget approved for next year.", 2);
        record(account, "Onboarding call", "Set up single sign-on.", 1);
        record(elsewhere, "Renewals at the other branch", "Pricing is fine.", 1);
        Touchpoints.create(
                        notMine,
                        Touchpoints.json(
                                "CALL", Instant.now(), "Renewal pricing", "Another CSM's account.", List.of(), null),
                        TestTokens.withRole(TestTokens.CS_ADMIN))
                .then()
                .statusCode(201);

        search("/api/v1/accounts/" + account + "/touchpoints/search?q=renewal pricing", token)
                .body("items.touchpoint.subject", contains("Renewal pricing discussed", "Weekly sync"))
                .body("items[1].headline", containsString("**renewal**"));
        search("/api/v1/accounts/" + account + "/touchpoints/search?q=\"single sign-on\"", token)
                .body("items.touchpoint.subject", contains("Onboarding call"));
        search("/api/v1/accounts/" + account + "/touchpoints/search?q=renewal -budget", token)
                .body("items.touchpoint.subject", contains("Weekly sync"));

        // The book: every account the CSM owns, none of another CSM's.
        String after = search("/api/v1/touchpoints/search?q=renewal pricing&first=2", token)
                .body("items", hasSize(2))
                .body("hasMore", equalTo(true))
                .body("items[0].touchpoint.subject", equalTo("Renewal pricing discussed"))
                .extract()
                .path("nextCursor");
        search("/api/v1/touchpoints/search?q=renewal pricing&first=2&after=" + after, token)
                .body("items", hasSize(1))
                .body("hasMore", equalTo(false));
        search("/api/v1/touchpoints/search?q=renewal pricing&csmId=" + csm, TestTokens.withRole(TestTokens.VIEWER))
                .body("items", hasSize(3));
    }

    @Test
    void aDeletedTouchpointIsNotFound() {
        UUID account = Fixtures.account(Fixtures.plan(), csm);
        String id = record(account, "Escalation about invoices", "", 1);
        RestAssured.given()
                .auth()
                .oauth2(token)
                .delete("/api/v1/touchpoints/{id}", id)
                .then()
                .statusCode(204);
        search("/api/v1/accounts/" + account + "/touchpoints/search?q=invoices", token)
                .body("items", hasSize(0));
        RestAssured.given()
                .auth()
                .oauth2(token)
                .get("/api/v1/accounts/" + account + "/touchpoints/search?q=")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("q"));
    }

    private String record(UUID account, String subject, String body, int daysAgo) {
        return Touchpoints.create(
                        account,
                        Touchpoints.json(
                                "CALL", Instant.now().minus(daysAgo, ChronoUnit.DAYS), subject, body, List.of(), null),
                        token)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static ValidatableResponse search(String url, String token) {
        return RestAssured.given().auth().oauth2(token).get(url).then().statusCode(200);
    }
}
