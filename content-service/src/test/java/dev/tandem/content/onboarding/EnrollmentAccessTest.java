package dev.tandem.content.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import dev.tandem.content.Fixtures;
import dev.tandem.events.Topics;
import dev.tandem.events.account.CsmAssigned;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A CSM enrolls in premium programs only the accounts they are CSM of; a cs-admin any account. */
@QuarkusTest
@WithTandemInfrastructure(database = "content")
class EnrollmentAccessTest {

    private final String alice = "csm-alice-" + UUID.randomUUID();
    private final String bob = "csm-bob-" + UUID.randomUUID();
    private UUID premium;

    @BeforeEach
    void premiumProgram() {
        premium = Fixtures.program("""
                {"name": "Premium %s", "premium": true,
                 "milestones": [{"name": "x", "kind": "SEATS_ACTIVE", "threshold": 2}]}
                """.formatted(UUID.randomUUID()));
    }

    @Test
    void anotherCsmIsRefusedAndNothingIsEnrolledTheAccountsCsmAndAnAdminMay() {
        UUID bobs = account(bob);

        enroll(bobs, TestTokens.forUser(alice, TestTokens.CSM))
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString(bobs.toString()));
        assertThat(enrollments(bobs)).isEqualTo("0");

        enroll(bobs, TestTokens.forUser(bob, TestTokens.CSM)).statusCode(201);
        enroll(account(bob), TestTokens.forUser("admin-" + UUID.randomUUID(), TestTokens.CS_ADMIN))
                .statusCode(201);
    }

    @Test
    void anAccountWithoutCsmIsForAdminsAndANewCsmTakesOver() {
        UUID account = account(null);
        enroll(account, TestTokens.forUser(alice, TestTokens.CSM)).statusCode(403);

        Fixtures.send(Topics.ACCOUNT_EVENTS, account.toString(), CsmAssigned.TYPE, "/account-service", """
                {"accountId": "%s", "previousCsmId": null, "csmId": "%s", "assignedAt": "2026-01-02T10:00:00Z"}
                """.formatted(
                        account, alice));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> alice.equals(
                        Fixtures.sql("SELECT csm_id FROM account_ref WHERE account_id = '" + account + "'")));

        enroll(account, TestTokens.forUser(alice, TestTokens.CSM)).statusCode(201);
    }

    private static UUID account(String csm) {
        UUID account = UUID.randomUUID();
        Fixtures.accountCreated(account, "access-" + account, "Growth", "LOW", csm);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Fixtures.sql("SELECT 1 FROM account_ref WHERE account_id = '" + account + "'") != null);
        return account;
    }

    private ValidatableResponse enroll(UUID account, String token) {
        return RestAssured.given()
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"accountId\": \"%s\", \"programId\": \"%s\"}".formatted(account, premium))
                .post("/api/v1/enrollments")
                .then();
    }

    private static String enrollments(UUID account) {
        return Fixtures.sql("SELECT count(*) FROM enrollment WHERE account_id = '" + account + "'");
    }
}
