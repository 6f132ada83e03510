package dev.tandem.account.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.tandem.account.TestAccounts;
import dev.tandem.account.TestHealth;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTandemInfrastructure(database = "account")
class RenewalForecastTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aRedAccountRenewingSoonIsListedWithItsOwnerAndCountsAsArrAtRisk() {
        try (TestHealth health = new TestHealth()) {
            // History: a red account that churned, so the red band has a renewal rate to learn from.
            TestAccounts.Created lost = TestAccounts.createAsAdmin("Lost " + UUID.randomUUID(), "Growth");
            TestAccounts.addContractAsAdmin(lost.externalId(), "c1", "5000", TODAY.minusDays(300), TODAY.plusDays(65));
            health.scoreChanged(lost.id(), 20, "RED", Instant.now());
            await().atMost(Duration.ofSeconds(20)).until(() -> "RED".equals(band(lost)));
            Api.as(TestTokens.CS_ADMIN)
                    .contentType(ContentType.JSON)
                    .body("""
                            {"plan": "Growth", "arr": 5000, "currency": "EUR", "seats": 25, "startDate": "%s",
                             "renewalDate": "%s", "status": "CANCELLED", "endReason": "budget"}
                            """.formatted(TODAY.minusDays(300), TODAY.plusDays(65)))
                    .put("/api/v1/accounts/{id}/contracts/c1", lost.externalId())
                    .then()
                    .statusCode(200);

            TestAccounts.Created atRisk = TestAccounts.createAsAdmin("At risk " + UUID.randomUUID(), "Growth");
            Api.as(TestTokens.CS_ADMIN)
                    .contentType("application/merge-patch+json")
                    .body("{\"csmId\": \"csm-ana\"}")
                    .patch("/api/v1/accounts/{id}", atRisk.externalId())
                    .then()
                    .statusCode(200);
            TestAccounts.addContractAsAdmin(atRisk.externalId(), "c1", "7777", TODAY.minusDays(364), TODAY);
            health.scoreChanged(atRisk.id(), 31, "RED", Instant.now());
            await().atMost(Duration.ofSeconds(20)).until(() -> "RED".equals(band(atRisk)));

            JsonPath forecast = Api.as(TestTokens.CSM)
                    .get("/api/v1/retention/renewals?days=30&first=500")
                    .then()
                    .statusCode(200)
                    .body("from", equalTo(TODAY.toString()))
                    .body("to", equalTo(TODAY.plusDays(30).toString()))
                    .extract()
                    .jsonPath();
            String ours = "renewals.find { it.accountId == '" + atRisk.externalId() + "' }";
            assertThat(forecast.getString(ours + ".contractId")).isEqualTo("c1");
            assertThat(forecast.getDouble(ours + ".arr")).isEqualTo(7777.0);
            assertThat(forecast.getString(ours + ".renewsOn")).isEqualTo(TODAY.toString());
            assertThat(forecast.getString(ours + ".csmId")).isEqualTo("csm-ana");
            assertThat(forecast.getString(ours + ".band")).isEqualTo("RED");
            assertThat(forecast.getInt(ours + ".score")).isEqualTo(31);
            assertThat(forecast.getList("bands.band")).containsExactly("RED", "YELLOW", "GREEN", "NA");

            String red = "bands.find { it.band == 'RED' }";
            assertThat(forecast.getDouble(red + ".arr")).isGreaterThanOrEqualTo(7777.0);
            assertThat(forecast.getDouble("arrAtRisk")).isGreaterThanOrEqualTo(forecast.getDouble(red + ".arr"));
            assertThat(forecast.getInt(red + ".sampleSize")).isGreaterThanOrEqualTo(1);
            double rate = forecast.getDouble(red + ".historicalRenewalRate");
            assertThat(rate).isLessThan(1.0);
            assertThat(forecast.getDouble(red + ".expectedArr"))
                    .isCloseTo(forecast.getDouble(red + ".arr") * rate, Offset.offset(1.0));
            assertThat(forecast.getDouble("expectedArr")).isLessThan(forecast.getDouble("arr"));
        }
    }

    @Test
    void ltvIsAverageArrTimesTheConfiguredMarginOverAnnualChurn() {
        JsonPath ltv = Api.as(TestTokens.VIEWER)
                .get("/api/v1/retention/ltv?asOf=" + TODAY)
                .then()
                .statusCode(200)
                .body("grossMargin", equalTo(0.80f))
                .body("from", equalTo(TODAY.minusDays(364).toString()))
                .extract()
                .jsonPath();
        assertThat(ltv.getList("byTouchModel")).isNotEmpty();
        for (int i = 0; i < ltv.getList("byTouchModel").size(); i++) {
            String group = "byTouchModel[" + i + "]";
            if (ltv.get(group + ".ltv") != null) {
                double expected =
                        ltv.getDouble(group + ".averageArr") * 0.80 / ltv.getDouble(group + ".annualLogoChurnRate");
                assertThat(ltv.getDouble(group + ".ltv")).isCloseTo(expected, Percentage.withPercentage(0.1));
            }
        }
    }

    @Test
    void integratorsReadNoRetentionFigures() {
        Api.asClient("crm-sync").get("/api/v1/retention/renewals").then().statusCode(403);
    }

    /** RED when the account list's band filter finds the account: the projection has its score. */
    private static String band(TestAccounts.Created account) {
        String name = Api.as(TestTokens.CS_ADMIN)
                .get("/api/v1/accounts/{id}", account.externalId())
                .then()
                .extract()
                .path("name");
        return Api.as(TestTokens.CS_ADMIN)
                        .queryParam("q", name)
                        .queryParam("band", "RED")
                        .get("/api/v1/accounts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.name")
                        .contains(name)
                ? "RED"
                : null;
    }
}
