package dev.tandem.cta.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import dev.tandem.cta.Fixtures;
import dev.tandem.events.health.PqlChanged;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rules over REST, and the owners the CTAs they open get. */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class RuleResourceTest {

    @Test
    void invalidRulesAreRefusedNamingTheField() {
        post("""
                {"name": "drop", "trigger": {"kind": "SCORE_DROPPED", "days": 7},
                 "reentry": {"mode": "AT_MOST_PER_WINDOW", "times": 1},
                 "actions": [{"kind": "CREATE_CTA", "ctaType": "NOPE"}]}
                """)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("trigger.points", "reentry.windowDays"));
        post("""
                {"name": "bad type", "trigger": {"kind": "ONBOARDING_FAILED"},
                 "actions": [{"kind": "CREATE_CTA", "ctaType": "NOPE"},
                             {"kind": "SEND_MESSAGE", "templateId": "%s"}]}
                """.formatted(UUID.randomUUID()))
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("actions[0].ctaType", "actions[1].templateId"));
        post("""
                {"name": "unknown kind", "trigger": {"kind": "MOON_PHASE"},
                 "actions": [{"kind": "CREATE_CTA", "ctaType": "RISK"}]}
                """).then().statusCode(400);
        post("{\"name\": \"no actions\", \"trigger\": {\"kind\": \"ONBOARDING_FAILED\"}, \"actions\": []}")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("actions"));
    }

    @Test
    void createReadReplaceDelete() {
        String name = "lifecycle " + UUID.randomUUID();
        var created = post("""
                {"name": "%s", "trigger": {"kind": "STAGE_ENTERED", "stage": "RENEWAL"},
                 "scope": {"touchModels": ["HIGH"]},
                 "actions": [{"kind": "CREATE_CTA", "ctaType": "LIFECYCLE", "dueInDays": 3}]}
                """.formatted(name))
                .then()
                .statusCode(201)
                .body("enabled", is(true))
                .body("reentry.mode", equalTo("EVERY_TIME"))
                .extract();
        String id = created.path("id");
        Instant createdInForce = Instant.parse(created.path("inForceSince"));

        Api.as(TestTokens.VIEWER)
                .get("/api/v1/rules/{id}", id)
                .then()
                .statusCode(200)
                .body("scope.touchModels", hasItem("HIGH"));
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "enabled": false, "trigger": {"kind": "STAGE_ENTERED", "stage": "CHURNED"},
                         "actions": [{"kind": "CREATE_CTA", "ctaType": "RISK"}]}
                        """.formatted(name))
                .put("/api/v1/rules/{id}", id)
                .then()
                .statusCode(200)
                .body("enabled", is(false))
                .body("trigger.stage", equalTo("CHURNED"))
                .body("inForceSince", notNullValue());
        Instant replacedInForce = Instant.parse(Api.as(TestTokens.VIEWER)
                .get("/api/v1/rules/{id}", id)
                .then()
                .extract()
                .path("inForceSince"));
        assertThat(replacedInForce)
                .as("the replaced rule acts on what happens from its new version on")
                .isAfter(createdInForce);
        Api.as(TestTokens.CSM).get("/api/v1/rules").then().statusCode(200).body("name", hasItem(name));
        Api.as(TestTokens.CS_ADMIN).delete("/api/v1/rules/{id}", id).then().statusCode(204);
        Api.as(TestTokens.CS_ADMIN).get("/api/v1/rules/{id}", id).then().statusCode(404);
    }

    @Test
    void ctasOfAccountsWithoutCsmGoToTheTeamInTurns() {
        String plan = Fixtures.plan();
        Fixtures.rule("""
                {"name": "pql %s", "scope": {"plans": ["%s"]}, "trigger": {"kind": "PQL_CROSSED", "threshold": 60},
                 "actions": [{"kind": "CREATE_CTA", "ctaType": "OPPORTUNITY", "reason": "hand to sales",
                              "team": ["sales-ana", "sales-ben", "sales-cem"]}]}
                """.formatted(plan, plan));
        UUID withCsm = Fixtures.account(plan, "csm-own");
        List<UUID> free = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            free.add(Fixtures.account(plan, null));
        }

        Fixtures.apply(new PqlChanged(withCsm, 10, 70, true, Instant.now()));
        for (UUID account : free) {
            Fixtures.apply(new PqlChanged(account, 10, 70, true, Instant.now()));
        }

        assertThat(owner(withCsm)).isEqualTo("csm-own");
        assertThat(free.stream().map(RuleResourceTest::owner))
                .containsExactly("sales-ana", "sales-ben", "sales-cem", "sales-ana");
    }

    private static String owner(UUID account) {
        return Fixtures.text("SELECT owner_id FROM cta WHERE account_id = '" + account + "'");
    }

    private static io.restassured.response.Response post(String json) {
        return Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(json)
                .post("/api/v1/rules");
    }
}
