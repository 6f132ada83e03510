package dev.tandem.account.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import dev.tandem.account.TestAccounts;
import dev.tandem.events.Topics;
import dev.tandem.events.account.SegmentChanged;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTandemInfrastructure(database = "account")
class TouchModelBandsResourceTest {

    private static final String DEFAULTS = "{\"highFrom\": 50000, \"lowFrom\": 10000}";

    @AfterEach
    void restoreDefaults() {
        putBands(DEFAULTS).statusCode(200);
    }

    @Test
    void newBandsMoveEveryAccountTheyConcernAndAnnounceIt() {
        String externalId = TestAccounts.create("Bands Test", "FREE");
        String id = TestAccounts.idOf(externalId);
        TestAccounts.addContract(
                externalId,
                "c-1",
                "20000",
                LocalDate.now().minusDays(1),
                LocalDate.now().plusYears(1));
        assertThat(touchModel(externalId)).isEqualTo("LOW");

        putBands("{\"highFrom\": 15000, \"lowFrom\": 5000}")
                .statusCode(200)
                .body("highFrom", equalTo(15000))
                .body("accountsMoved", greaterThanOrEqualTo(1));

        assertThat(touchModel(externalId)).isEqualTo("HIGH");
        Api.as(TestTokens.CSM).get("/api/v1/touch-model-bands").then().body("lowFrom", equalTo(5000.0f));
        TopicReader topics = new TopicReader(EmbeddedInfrastructure.shared().kafkaBootstrapServers());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> topics.find(
                                Topics.ACCOUNT_EVENTS,
                                r -> id.equals(r.key())
                                        && SegmentChanged.TYPE.equals(TopicReader.header(r, "ce_type"))
                                        && r.value().contains("\"touchModel\":\"HIGH\""),
                                Duration.ofSeconds(1))
                        .isPresent());
    }

    @Test
    void ltvBandsBandEachAccountByItsArrOverItsPlansChurnAndKeepDoingSoOnContractChanges() throws SQLException {
        String plan = "Ltv " + UUID.randomUUID();
        aYearOfChurn(plan, 40, 10); // 25 % of the plan's 40 starting logos churned
        String externalId = TestAccounts.create("Ltv Bands Test", plan);
        TestAccounts.addContract(
                externalId,
                "c-1",
                "20000",
                LocalDate.now().minusDays(1),
                LocalDate.now().plusYears(1));
        assertThat(touchModel(externalId))
                .as("20,000 ARR by the default ARR bands")
                .isEqualTo("LOW");

        // Expected LTV 20,000 × 0.80 ÷ 0.25 = 64,000.
        putBands("{\"highFrom\": 60000, \"lowFrom\": 30000, \"basis\": \"LTV\"}")
                .statusCode(200)
                .body("basis", equalTo("LTV"))
                .body("lifetimes.grossMargin", equalTo(0.80f))
                .body("lifetimes.byPlan.'" + plan + "'.starting", equalTo(40))
                .body("lifetimes.byPlan.'" + plan + "'.churned", equalTo(10))
                .body("lifetimes.book.churned", greaterThanOrEqualTo(10));
        assertThat(touchModel(externalId)).isEqualTo("HIGH");
        Api.as(TestTokens.VIEWER)
                .get("/api/v1/touch-model-bands")
                .then()
                .body("basis", equalTo("LTV"))
                .body("lifetimes.byPlan.'" + plan + "'.churned", equalTo(10));

        // A contract change re-bands by the stored churn: 10,000 × 0.80 ÷ 0.25 = 32,000.
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"plan": "Growth", "arr": 10000, "currency": "EUR", "seats": 25, "startDate": "%s",
                         "renewalDate": "%s"}
                        """.formatted(
                                LocalDate.now().minusDays(1), LocalDate.now().plusYears(1)))
                .put("/api/v1/accounts/{id}/contracts/c-1", externalId)
                .then()
                .statusCode(200);
        assertThat(touchModel(externalId)).isEqualTo("LOW");
    }

    @Test
    void anUnknownBasisIsRefusedNamingIt() {
        putBands("{\"highFrom\": 60000, \"lowFrom\": 30000, \"basis\": \"GMV\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("basis"));
        Api.as(TestTokens.VIEWER).get("/api/v1/touch-model-bands").then().body("basis", equalTo("ARR"));
    }

    /** {@code accounts} of {@code plan} with a term running since two years ago, {@code churned} of them ended 100 days ago. */
    private static void aYearOfChurn(String plan, int accounts, int churned) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        EmbeddedInfrastructure.shared().postgres().jdbcUrl("account"), "postgres", "");
                var statement = connection.prepareStatement("""
                        WITH a AS (
                            INSERT INTO account (id, external_id, name, billing_model, plan, stage, touch_model,
                                                 community, csm_id, cohort, created_at, updated_at, arr)
                            SELECT gen_random_uuid(), ? || n, 'Churn ' || n, 'SUBSCRIPTION', ?, 'ADOPTION', 'LOW',
                                   FALSE, NULL, NULL, now(), now(), 0
                              FROM generate_series(1, ?) n
                            RETURNING id, CAST(substring(external_id FROM '[0-9]+$') AS INT) AS n
                        ), c AS (
                            INSERT INTO contract (id, account_id, external_id, plan, arr, currency, seats, start_date,
                                                  renewal_date, auto_renew, status, created_at, updated_at)
                            SELECT gen_random_uuid(), a.id, 'c1', 'Growth', 1000, 'EUR', 1, current_date - 730,
                                   current_date + 365, TRUE, 'ACTIVE', now(), now()
                              FROM a
                            RETURNING id, account_id
                        )
                        INSERT INTO contract_term (id, contract_id, account_id, plan, arr, starts_on, scheduled_end,
                                                   ends_on, outcome, arr_after)
                        SELECT gen_random_uuid(), c.id, c.account_id, 'Growth', 1000, current_date - 730,
                               current_date + 365,
                               CASE WHEN a.n <= ? THEN current_date - 100 END,
                               CASE WHEN a.n <= ? THEN 'CHURNED' END,
                               CASE WHEN a.n <= ? THEN 0 END
                          FROM c JOIN a ON a.id = c.account_id
                        """)) {
            statement.setString(1, "churn-" + UUID.randomUUID() + "-");
            statement.setString(2, plan);
            statement.setInt(3, accounts);
            statement.setInt(4, churned);
            statement.setInt(5, churned);
            statement.setInt(6, churned);
            statement.execute();
        }
    }

    @Test
    void bandsThatDoNotRiseAreRefused() {
        putBands("{\"highFrom\": 1000, \"lowFrom\": 1000}")
                .statusCode(400)
                .body("errors[0].field", equalTo("highFrom"));
        putBands("{\"highFrom\": -5, \"lowFrom\": null}").statusCode(400).contentType("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse putBands(String body) {
        return Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/touch-model-bands")
                .then();
    }

    private static String touchModel(String externalId) {
        return Api.as(TestTokens.VIEWER)
                .get("/api/v1/accounts/{id}", externalId)
                .then()
                .extract()
                .path("touchModel");
    }
}
