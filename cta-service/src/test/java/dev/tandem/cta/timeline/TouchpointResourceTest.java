package dev.tandem.cta.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.cta.Fixtures;
import dev.tandem.events.account.UserRole;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Touchpoints as CSMs record and read them over REST. */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class TouchpointResourceTest {

    private final String csm = "csm-" + UUID.randomUUID();
    private final String csmToken = TestTokens.forUser(csm, TestTokens.CSM);
    private final Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void aCsmRecordsReadsChangesAndDeletesATouchpoint() {
        UUID account = Fixtures.account(Fixtures.plan(), csm);
        UUID buyer = Touchpoints.user(account, UserRole.DECISION_MAKER);

        String id = Touchpoints.create(
                        account, Touchpoints.json("QBR", yesterday, "Quarterly review", List.of(buyer)), csmToken)
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/touchpoints/"))
                .body("accountId", equalTo(account.toString()))
                .body("authorId", equalTo(csm))
                .body("type", equalTo("QBR"))
                .body("occurredAt", equalTo(yesterday.toString()))
                .body("participants[0].userId", equalTo(buyer.toString()))
                .body("participants[0].role", equalTo("DECISION_MAKER"))
                .body("participants[0].name", notNullValue())
                .body("colleagues", contains("sales-engineer"))
                .body("sentiment", equalTo("POSITIVE"))
                .body("version", equalTo(1))
                .extract()
                .path("id");

        RestAssured.given()
                .auth()
                .oauth2(TestTokens.withRole(TestTokens.VIEWER))
                .get("/api/v1/touchpoints/{id}", id)
                .then()
                .statusCode(200)
                .body("subject", equalTo("Quarterly review"));

        RestAssured.given()
                .auth()
                .oauth2(csmToken)
                .contentType("application/json")
                .body(Touchpoints.json("QBR", yesterday, "Quarterly business review", List.of()))
                .put("/api/v1/touchpoints/{id}", id)
                .then()
                .statusCode(200)
                .body("subject", equalTo("Quarterly business review"))
                .body("participants", hasSize(0))
                .body("authorId", equalTo(csm))
                .body("version", equalTo(2));

        RestAssured.given()
                .auth()
                .oauth2(csmToken)
                .delete("/api/v1/touchpoints/{id}", id)
                .then()
                .statusCode(204);
        RestAssured.given()
                .auth()
                .oauth2(csmToken)
                .get("/api/v1/touchpoints/{id}", id)
                .then()
                .statusCode(404);
        assertThat(Fixtures.text("SELECT version FROM touchpoint WHERE id = '" + id + "'"))
                .isEqualTo("3");
    }

    @Test
    void aTimelineIsNewestFirstFilteredAndPaged() {
        UUID account = Fixtures.account(Fixtures.plan(), csm);
        UUID buyer = Touchpoints.user(account, UserRole.DECISION_MAKER);
        for (int day = 1; day <= 5; day++) {
            Touchpoints.create(
                            account,
                            Touchpoints.json(
                                    day % 2 == 0 ? "EMAIL" : "CALL",
                                    Instant.now().minus(day, ChronoUnit.DAYS),
                                    "day " + day,
                                    day == 3 ? List.of(buyer) : List.of()),
                            csmToken)
                    .then()
                    .statusCode(201);
        }

        String after = timeline(account, "first=3")
                .body("items.subject", contains("day 1", "day 2", "day 3"))
                .body("hasMore", equalTo(true))
                .extract()
                .path("nextCursor");
        timeline(account, "first=3&after=" + after)
                .body("items.subject", contains("day 4", "day 5"))
                .body("nextCursor", nullValue());
        timeline(account, "type=EMAIL").body("items.subject", contains("day 2", "day 4"));
        timeline(account, "participant=" + buyer).body("items.subject", contains("day 3"));
        timeline(account, "participant=sales-engineer").body("items", hasSize(5));
        timeline(
                        account,
                        "from=" + Instant.now().minus(4, ChronoUnit.DAYS).minus(1, ChronoUnit.HOURS) + "&to="
                                + Instant.now().minus(2, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS))
                .body("items.subject", contains("day 2", "day 3", "day 4"));
        timeline(account, "after=not-a-cursor").statusCode(400);
    }

    @Test
    void aPersonsTimelinePagesAndFollowsATouchpointMovedInTime() {
        UUID account = Fixtures.account(Fixtures.plan(), csm);
        UUID buyer = Touchpoints.user(account, UserRole.DECISION_MAKER);
        List<String> ids = new java.util.ArrayList<>();
        for (int day = 1; day <= 4; day++) {
            ids.add(Touchpoints.create(
                            account,
                            Touchpoints.json(
                                    "CALL",
                                    Instant.now().minus(day, ChronoUnit.DAYS),
                                    "with buyer " + day,
                                    List.of(buyer)),
                            csmToken)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
            Touchpoints.create(
                            account,
                            Touchpoints.json(
                                    "NOTE", Instant.now().minus(day, ChronoUnit.DAYS), "alone " + day, List.of()),
                            csmToken)
                    .then()
                    .statusCode(201);
        }
        String after = timeline(account, "participant=" + buyer + "&first=3")
                .body("items.subject", contains("with buyer 1", "with buyer 2", "with buyer 3"))
                .extract()
                .path("nextCursor");
        timeline(account, "participant=" + buyer + "&first=3&after=" + after)
                .body("items.subject", contains("with buyer 4"))
                .body("hasMore", equalTo(false));

        // The oldest call moves to the newest place, and the person's timeline follows it.
        RestAssured.given()
                .auth()
                .oauth2(csmToken)
                .contentType("application/json")
                .body(Touchpoints.json(
                        "CALL", Instant.now().minus(1, ChronoUnit.HOURS), "with buyer 4", List.of(buyer)))
                .put("/api/v1/touchpoints/{id}", ids.get(3))
                .then()
                .statusCode(200);
        timeline(account, "participant=" + buyer + "&first=2")
                .body("items.subject", contains("with buyer 4", "with buyer 1"));
        timeline(
                        account,
                        "participant=" + buyer + "&type=CALL&from="
                                + Instant.now().minus(2, ChronoUnit.DAYS).minus(1, ChronoUnit.HOURS))
                .body("items.subject", contains("with buyer 4", "with buyer 1", "with buyer 2"));

        // A deleted touchpoint leaves the person's timeline too.
        RestAssured.given()
                .auth()
                .oauth2(csmToken)
                .delete("/api/v1/touchpoints/{id}", ids.get(0))
                .then()
                .statusCode(204);
        timeline(account, "participant=" + buyer)
                .body("items.subject", contains("with buyer 4", "with buyer 2", "with buyer 3"));
    }

    @Test
    void badInputIsRefusedByFieldAndNothingIsStored() {
        UUID account = Fixtures.account(Fixtures.plan(), csm);
        UUID other = Fixtures.account(Fixtures.plan(), csm);
        UUID member = Touchpoints.user(account, UserRole.MEMBER);
        UUID stranger = Touchpoints.user(other, UserRole.DECISION_MAKER);
        String otherCta = RestAssured.given()
                .auth()
                .oauth2(csmToken)
                .contentType("application/json")
                .body("{\"accountId\": \"%s\", \"type\": \"RISK\", \"reason\": \"elsewhere\"}".formatted(other))
                .post("/api/v1/ctas")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        Touchpoints.create(
                        account,
                        Touchpoints.json("CALL", yesterday, "call", List.of(member, UUID.randomUUID(), stranger)),
                        csmToken)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("participants[1]", "participants[2]"));
        Touchpoints.create(
                        account,
                        Touchpoints.json("CALL", yesterday, "call", "x".repeat(20_001), List.of(), null),
                        csmToken)
                .then()
                .statusCode(400)
                .body("errors.field", contains("body"));
        Touchpoints.create(account, Touchpoints.json("SMOKE_SIGNAL", yesterday, "call", List.of()), csmToken)
                .then()
                .statusCode(400)
                .body("errors.field", contains("type"));
        Touchpoints.create(
                        account,
                        Touchpoints.json("CALL", yesterday, "call", "x", List.of(), UUID.fromString(otherCta)),
                        csmToken)
                .then()
                .statusCode(400)
                .body("errors.field", contains("ctaId"));
        Touchpoints.create(
                        account,
                        Touchpoints.json("CALL", Instant.now().plus(30, ChronoUnit.DAYS), "call", List.of()),
                        csmToken)
                .then()
                .statusCode(400)
                .body("errors.field", contains("occurredAt"));
        Touchpoints.create(account, "{\"type\": \"CALL\"}", csmToken)
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("occurredAt", "subject"));
        Touchpoints.create(UUID.randomUUID(), Touchpoints.json("CALL", yesterday, "call", List.of()), csmToken)
                .then()
                .statusCode(404);

        assertThat(Touchpoints.stored(account)).isZero();
        assertThat(Fixtures.count("SELECT count(*) FROM outbox_event WHERE type LIKE 'dev.tandem.cta.touchpoint%'"
                        + " AND event_key = '" + account + "'"))
                .isZero();
    }

    @Test
    void aCsAdminAddsATouchpointTypeThatCsmsThenUse() {
        UUID account = Fixtures.account(Fixtures.plan(), csm);
        String key = "WORKSHOP_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        RestAssured.given()
                .auth()
                .oauth2(TestTokens.withRole(TestTokens.CS_ADMIN))
                .contentType("application/json")
                .body("{\"key\": \"%s\", \"name\": \"Workshop\"}".formatted(key))
                .post("/api/v1/touchpoint-types")
                .then()
                .statusCode(201)
                .body("builtIn", equalTo(false));
        RestAssured.given()
                .auth()
                .oauth2(csmToken)
                .get("/api/v1/touchpoint-types")
                .then()
                .statusCode(200)
                .body("key[0]", equalTo("CALL"))
                .body("key", org.hamcrest.Matchers.hasItem(key));
        Touchpoints.create(account, Touchpoints.json(key, yesterday, "workshop", List.of()), csmToken)
                .then()
                .statusCode(201);
    }

    private io.restassured.response.ValidatableResponse timeline(UUID account, String query) {
        return RestAssured.given()
                .auth()
                .oauth2(TestTokens.withRole(TestTokens.VIEWER))
                .get("/api/v1/accounts/" + account + "/touchpoints?" + query)
                .then()
                .statusCode(query.contains("not-a-cursor") ? 400 : 200);
    }
}
