package dev.tandem.account.contract;

import static org.hamcrest.Matchers.equalTo;

import dev.tandem.account.TestAccounts;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A contract change sent later than it happened (a nightly sync, a backfill) dates the contract's terms by its
 * {@code effectiveDate}, not by the day it arrived, so the retention figures of the days between are right.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "account")
class DatedChangesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final LocalDate START = TODAY.minusDays(200);
    private static final LocalDate RENEWAL = TODAY.plusDays(165);

    @Test
    void aMidTermChangeAndACancellationSentLateCutTheTermsOnTheDaysTheyTookEffect() {
        String account = TestAccounts.create("Dated Changes", "Growth");
        put(account, "c1", 10_000, START, "").statusCode(201);
        put(account, "c1", 12_000, START, ", \"effectiveDate\": \"%s\"".formatted(TODAY.minusDays(50)))
                .statusCode(200);
        put(
                        account,
                        "c1",
                        12_000,
                        START,
                        ", \"status\": \"CANCELLED\", \"effectiveDate\": \"%s\"".formatted(TODAY.minusDays(20)))
                .statusCode(200);

        terms(account, "c1")
                .body("size()", equalTo(2))
                .body("[0].endsOn", equalTo(TODAY.minusDays(50).toString()))
                .body("[0].amended", equalTo(true))
                .body("[0].outcome", equalTo("EXPANDED"))
                .body("[1].startsOn", equalTo(TODAY.minusDays(50).toString()))
                .body("[1].arr", equalTo(12000.0f))
                .body("[1].endsOn", equalTo(TODAY.minusDays(20).toString()))
                .body("[1].outcome", equalTo("CHURNED"));
    }

    @Test
    void aContractFirstSentAlreadyEndedEndsOnItsEffectiveDate() {
        String account = TestAccounts.create("Dated End", "Growth");
        put(
                        account,
                        "c1",
                        8_000,
                        START,
                        ", \"status\": \"ENDED\", \"effectiveDate\": \"%s\"".formatted(TODAY.minusDays(100)))
                .statusCode(201);

        terms(account, "c1")
                .body("size()", equalTo(1))
                .body("[0].startsOn", equalTo(START.toString()))
                .body("[0].endsOn", equalTo(TODAY.minusDays(100).toString()))
                .body("[0].outcome", equalTo("CHURNED"));
    }

    @Test
    void aDateBeforeTheRunningTermBeganCannotReachBackIntoEndedTerms() {
        String account = TestAccounts.create("Dated Comeback", "Growth");
        put(account, "c1", 5_000, START, "").statusCode(201);
        put(
                        account,
                        "c1",
                        5_000,
                        START,
                        ", \"status\": \"ENDED\", \"effectiveDate\": \"%s\"".formatted(TODAY.minusDays(30)))
                .statusCode(200);
        // Back 60 days "ago": before the term it follows ended, so it starts where that one ended.
        put(account, "c1", 5_000, START, ", \"effectiveDate\": \"%s\"".formatted(TODAY.minusDays(60)))
                .statusCode(200);

        terms(account, "c1")
                .body("size()", equalTo(2))
                .body("[0].endsOn", equalTo(TODAY.minusDays(30).toString()))
                .body("[1].startsOn", equalTo(TODAY.minusDays(30).toString()));
    }

    @Test
    void aChangeDatedInTheFutureIsRefusedNamingTheDateAndChangesNothing() {
        String account = TestAccounts.create("Dated Future", "Growth");
        put(account, "c1", 10_000, START, "").statusCode(201);
        put(account, "c1", 12_000, START, ", \"effectiveDate\": \"%s\"".formatted(TODAY.plusDays(1)))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("effectiveDate"));

        terms(account, "c1").body("size()", equalTo(1)).body("[0].arr", equalTo(10000.0f));
    }

    private static ValidatableResponse put(String account, String contract, int arr, LocalDate start, String more) {
        return Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"plan": "Growth", "arr": %d, "currency": "EUR", "seats": 5, "startDate": "%s",
                         "renewalDate": "%s" %s}
                        """.formatted(arr, start, RENEWAL, more))
                .put("/api/v1/accounts/{id}/contracts/{contract}", account, contract)
                .then();
    }

    private static ValidatableResponse terms(String account, String contract) {
        return Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{id}/contracts/{contract}/terms", account, contract)
                .then()
                .statusCode(200);
    }
}
