package dev.tandem.cta.cta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.cta.Fixtures;
import dev.tandem.events.account.SegmentChanged;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.health.HealthBand;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every open CTA has an owner or sits in a named queue: the account's CSM, else the rule's owner, else the segment's
 * queue, else the default queue. cs-admins see the queues and assign from them; a CSM pulls from one.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class OwnershipTest {

    @Test
    void aCtaNobodyIsNamedForWaitsInItsSegmentsQueueOrTheDefaultOne() {
        String plan = Fixtures.plan();
        UUID tech = Fixtures.account(plan, null);
        Fixtures.apply(new SegmentChanged(tech, TouchModel.HIGH, TouchModel.TECH, false, Instant.now()));
        UUID high = Fixtures.account(plan, null);
        UUID owned = Fixtures.account(plan, "csm-owns");
        Fixtures.ctaRule(plan, "red " + plan, "{\"kind\": \"BAND_ENTERED\", \"band\": \"RED\"}");

        for (UUID account : new UUID[] {tech, high, owned}) {
            Fixtures.score(account, 60, 30, HealthBand.YELLOW, HealthBand.RED);
        }

        assertThat(ownerAndQueue(tech)).isEqualTo("- Digital CS");
        assertThat(ownerAndQueue(high)).isEqualTo("- Unassigned");
        assertThat(ownerAndQueue(owned)).isEqualTo("csm-owns -");
        Api.as(TestTokens.CSM)
                .get("/api/v1/queues")
                .then()
                .statusCode(200)
                .body("name", hasItem("Digital CS"))
                .body("name", hasItem("Unassigned"));
        Api.as(TestTokens.CS_ADMIN)
                .queryParam("queue", "Digital CS")
                .get("/api/v1/cockpit/team")
                .then()
                .statusCode(200)
                .body("cta.accountId", hasItem(tech.toString()));
        Api.as(TestTokens.CSM).get("/api/v1/cockpit/team").then().statusCode(403);
    }

    @Test
    void aCsmPullsFromAQueueAndACsAdminAssignsFromOne() {
        String plan = Fixtures.plan();
        UUID first = Fixtures.account(plan, null);
        UUID second = Fixtures.account(plan, null);
        Fixtures.ctaRule(plan, "red " + plan, "{\"kind\": \"BAND_ENTERED\", \"band\": \"RED\"}");
        Fixtures.score(first, 60, 30, HealthBand.YELLOW, HealthBand.RED);
        Fixtures.score(second, 60, 30, HealthBand.YELLOW, HealthBand.RED);
        String pulled = openCta(first);
        String assigned = openCta(second);

        Api.as(TestTokens.VIEWER).post("/api/v1/ctas/{id}/pull", pulled).then().statusCode(403);
        Api.asClient("crm-sync").post("/api/v1/ctas/{id}/pull", pulled).then().statusCode(403);
        as("csm-puller")
                .post("/api/v1/ctas/{id}/pull", pulled)
                .then()
                .statusCode(200)
                .body("ownerId", equalTo("csm-puller"))
                .body("queue", nullValue());
        as("csm-late").post("/api/v1/ctas/{id}/pull", pulled).then().statusCode(409);
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"ownerId\": \"csm-assigned\"}")
                .post("/api/v1/ctas/{id}/reassign", assigned)
                .then()
                .statusCode(200)
                .body("ownerId", equalTo("csm-assigned"))
                .body("queue", nullValue());
        as("csm-puller").get("/api/v1/cockpit").then().statusCode(200).body("cta.id", hasItem(pulled));
    }

    @Test
    void noOpenCtaOfThisRunIsWithoutOwnerOrQueueAndTheDatabaseRefusesOne() throws Exception {
        assertThat(Fixtures.count(
                        "SELECT count(*) FROM cta WHERE status = 'OPEN' AND owner_id IS NULL AND queue IS NULL"))
                .isZero();
        var postgres = EmbeddedInfrastructure.shared().postgres();
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("cta"), "postgres", "");
                var statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                            "INSERT INTO cta (id, account_id, type, reason, priority, status, source, created_at,"
                                    + " updated_at) VALUES (gen_random_uuid(), gen_random_uuid(), 'RISK', 'orphan',"
                                    + " 'LOW', 'OPEN', 'API', now(), now())"))
                    .hasMessageContaining("cta_open_has_owner_or_queue");
        }
    }

    private static io.restassured.specification.RequestSpecification as(String csm) {
        return RestAssured.given().auth().oauth2(TestTokens.forUser(csm, TestTokens.CSM));
    }

    private static String openCta(UUID account) {
        return Fixtures.text("SELECT id FROM cta WHERE status = 'OPEN' AND account_id = '" + account + "'");
    }

    private static String ownerAndQueue(UUID account) {
        return Fixtures.text("SELECT coalesce(owner_id, '-') || ' ' || coalesce(queue, '-') FROM cta"
                + " WHERE status = 'OPEN' AND account_id = '" + account + "'");
    }
}
