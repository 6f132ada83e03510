package dev.tandem.account.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.tandem.account.TestAccounts;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Period figures over a small book pushed as an integrator pushes contracts (starts, renewals, a cancellation) in the
 * 60 days ending today. The accounts share a plan of their own, so the plan breakdown isolates them from other tests.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "account")
class RetentionResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String PLAN = "Retention " + UUID.randomUUID();
    private static final String CONTRACT = """
            {"plan": "Growth", "arr": %s, "currency": "EUR", "seats": 5, "startDate": "%s", "renewalDate": "%s"
             %s}
            """;

    private static boolean booked;
    private static String expandsThenChurns;

    @BeforeEach
    void aBook() {
        if (booked) {
            return;
        }
        booked = true;
        // Steady: 12,000 since 100 days ago.
        contract(account(), 12_000, TODAY.minusDays(100), TODAY.plusDays(265), "");
        // Renewed 35 days ago 10,000 → 15,000, cancelled today: churn of its starting 10,000.
        expandsThenChurns = account();
        contract(expandsThenChurns, 10_000, TODAY.minusDays(400), TODAY.minusDays(35), "");
        contract(expandsThenChurns, 15_000, TODAY.minusDays(400), TODAY.plusDays(330), "");
        contract(
                expandsThenChurns,
                15_000,
                TODAY.minusDays(400),
                TODAY.plusDays(330),
                ", \"status\": \"CANCELLED\", \"endReason\": \"budget\"");
        // A new logo ten days ago.
        contract(account(), 6_000, TODAY.minusDays(10), TODAY.plusDays(355), "");
        // Renewed 20 days ago 8,000 → 5,000.
        String contracts = account();
        contract(contracts, 8_000, TODAY.minusDays(400), TODAY.minusDays(20), "");
        contract(contracts, 5_000, TODAY.minusDays(400), TODAY.plusDays(345), "");
        // A one-off account buys twice and subscribes to nothing: in the repeat rate, in no churn figure.
        String shop = "shop-" + UUID.randomUUID();
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Shop\", \"billingModel\": \"ONE_OFF\", \"plan\": \"" + PLAN + "\"}")
                .put("/api/v1/accounts/{id}", shop)
                .then()
                .statusCode(201);
        for (int i = 0; i < 2; i++) {
            Api.as(TestTokens.CS_ADMIN)
                    .contentType(ContentType.JSON)
                    .body("{\"product\": \"Kit\", \"amount\": 90, \"currency\": \"EUR\", \"purchasedOn\": \"%s\"}"
                            .formatted(TODAY.minusDays(5 + i)))
                    .put("/api/v1/accounts/{id}/purchases/{purchase}", shop, "p" + i)
                    .then()
                    .statusCode(201);
        }
    }

    @Test
    void theBridgeAndRatesOfTheBookAddUp() {
        JsonPath report = Api.as(TestTokens.VIEWER)
                .queryParam("from", TODAY.minusDays(59).toString())
                .queryParam("to", TODAY.toString())
                .queryParam("breakdown", "plan")
                .queryParam("breakdown", "touchModel")
                .get("/api/v1/retention/metrics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(report.getBoolean("total.bridgeAddsUp")).isTrue();
        JsonPath metrics = JsonPath.from(report.prettify())
                .setRootPath("breakdowns.find { it.by == 'plan' }.groups.find { it.key == '" + PLAN + "' }.metrics");
        assertThat(metrics.getInt("movements.startingLogos")).isEqualTo(3);
        assertThat(metrics.getDouble("movements.startingArr")).isEqualTo(30_000.0);
        assertThat(metrics.getInt("movements.newLogos")).isEqualTo(1);
        assertThat(metrics.getDouble("movements.newArr")).isEqualTo(6_000.0);
        assertThat(metrics.getDouble("movements.expansionArr")).isEqualTo(0.0);
        assertThat(metrics.getDouble("movements.contractionArr")).isEqualTo(3_000.0);
        assertThat(metrics.getInt("movements.churnedLogos")).isEqualTo(1);
        assertThat(metrics.getDouble("movements.churnedArr")).isEqualTo(10_000.0);
        assertThat(metrics.getDouble("movements.endingArr")).isEqualTo(23_000.0);
        assertThat(metrics.getBoolean("bridgeAddsUp")).isTrue();
        assertThat(metrics.getDouble("logoChurnRate")).isEqualTo(0.3333);
        assertThat(metrics.getDouble("grossRevenueRetention")).isEqualTo(0.5667);
        assertThat(metrics.getDouble("netRevenueRetention")).isEqualTo(0.5667);
        assertThat(metrics.getInt("renewals.due")).isEqualTo(2);
        assertThat(metrics.getInt("renewals.renewed")).isEqualTo(2);
        assertThat(metrics.getDouble("renewalRate")).isEqualTo(1.0);
        assertThat(report.getList("breakdowns.by")).containsExactly("plan", "touchModel");
    }

    @Test
    void eachTermOfAContractEndsWithItsOutcomeAndTheArrBeforeAndAfter() {
        Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{id}/contracts/c1/terms", expandsThenChurns)
                .then()
                .statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].arr", equalTo(10000.0f))
                .body("[0].outcome", equalTo("EXPANDED"))
                .body("[0].arrAfter", equalTo(15000.0f))
                .body("[0].endsOn", equalTo(TODAY.minusDays(35).toString()))
                .body("[1].startsOn", equalTo(TODAY.minusDays(35).toString()))
                .body("[1].outcome", equalTo("CHURNED"))
                .body("[1].reason", equalTo("budget"))
                .body("[1].arrAfter", equalTo(0.0f))
                .body("[1].endsOn", equalTo(TODAY.toString()));
        Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{id}/contracts/none/terms", expandsThenChurns)
                .then()
                .statusCode(404);
    }

    @Test
    void theMonthlySeriesAddsUpEveryMonthAndEachMonthStartsWhereTheLastEnded() {
        List<Map<String, Object>> months = Api.as(TestTokens.CSM)
                .queryParam("from", TODAY.minusDays(59).toString())
                .queryParam("to", TODAY.toString())
                .get("/api/v1/retention/series")
                .then()
                .statusCode(200)
                .body("[0].from", equalTo(TODAY.minusDays(59).toString()))
                .extract()
                .jsonPath()
                .getList("");
        assertThat(months).hasSizeBetween(2, 3);
        assertThat(months)
                .allSatisfy(month -> assertThat(((Map<?, ?>) month.get("metrics")).get("bridgeAddsUp"))
                        .isEqualTo(true));
        for (int i = 1; i < months.size(); i++) {
            assertThat(arr(months.get(i), "startingArr")).isEqualTo(arr(months.get(i - 1), "endingArr"));
        }
    }

    @Test
    void badPeriodsAndBreakdownsAreRefusedNamingTheParameter() {
        refused("from=2026-03-01&to=2026-02-01", "to");
        refused("from=2010-01-01&to=2026-01-01", "to");
        refused("breakdown=industry", "breakdown");
        refused("period=2026-Q5", "period");
        refused("from=yesterday", "from");
        Api.as(TestTokens.VIEWER)
                .get("/api/v1/retention/renewals?days=0")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("days"));
    }

    @Test
    void aNamedQuarterIsItsThreeMonths() {
        Api.as(TestTokens.VIEWER)
                .get("/api/v1/retention/metrics?period=2026-Q2")
                .then()
                .statusCode(200)
                .body("from", equalTo("2026-04-01"))
                .body("to", equalTo("2026-06-30"));
    }

    private static void refused(String query, String field) {
        Api.as(TestTokens.CS_ADMIN)
                .get("/api/v1/retention/metrics?" + query)
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo(field));
    }

    private static double arr(Map<String, Object> month, String field) {
        Map<?, ?> movements = (Map<?, ?>) ((Map<?, ?>) month.get("metrics")).get("movements");
        return ((Number) movements.get(field)).doubleValue();
    }

    private static String account() {
        return TestAccounts.createAsAdmin("Retention", PLAN).externalId();
    }

    private static void contract(String account, int arr, LocalDate start, LocalDate renewal, String more) {
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(CONTRACT.formatted(arr, start, renewal, more))
                .put("/api/v1/accounts/{id}/contracts/{contract}", account, "c1")
                .then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
    }
}
