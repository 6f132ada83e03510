package dev.tandem.health.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.tandem.health.HealthDatabase;
import dev.tandem.health.TestAccounts;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A company brings its usage history: daily metric rows, loaded in bulk, idempotent, checked row by row. */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class DailyMetricImportTest {

    private static final String PATH = "/api/v1/imports/daily-metrics";

    private final String account = "hist-" + UUID.randomUUID();
    private final LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(400);

    @Test
    void rowsLandInTheDailyAggregatesOnceAndTheHistoryFollows() throws Exception {
        TestAccounts.announce(UUID.randomUUID(), account, "Growth", "ADOPTION");
        String csv = """
                account,day,metric,value
                %1$s,%2$s,logins,12
                %1$s,%2$s,tickets_opened,2
                %1$s,%3$s,logins,7
                %1$s,%4$s,tickets_opened,1
                %1$s,%2$s,mood,3
                """.formatted(account, day, day.plusDays(1), day.plusDays(2));

        post(csv, TestTokens.INTEGRATOR)
                .body("rows", equalTo(5))
                .body("imported", equalTo(4))
                .body("rejected", equalTo(1))
                .body("errors[0].row", equalTo(6))
                .body("errors[0].column", equalTo("metric"));
        post(csv, TestTokens.CS_ADMIN).body("imported", equalTo(4));

        assertThat(HealthDatabase.value("SELECT logins || ' ' || tickets_opened FROM account_day WHERE"
                        + " account_external_id = '" + account + "' AND day = '" + day + "'"))
                .isEqualTo("12 2");
        assertThat(HealthDatabase.count(
                        "SELECT count(*) FROM account_day WHERE account_external_id = '" + account + "'"))
                .isEqualTo(3);
        // A day with logins is a day with product use: active days count it; one with tickets only is not.
        assertThat(HealthDatabase.count("SELECT count(*) FROM account_day WHERE account_external_id = '" + account
                        + "' AND last_seen_at IS NOT NULL"))
                .isEqualTo(2);
        // Missing is not zero: the sources the history came from count as connected over its days.
        assertThat(HealthDatabase.value("SELECT first_day || ' ' || last_day FROM signal_source WHERE"
                        + " account_external_id = '" + account + "' AND source = 'login'"))
                .isEqualTo(day + " " + day.plusDays(1));
        assertThat(HealthDatabase.count("SELECT count(*) FROM signal_source WHERE account_external_id = '" + account
                        + "' AND source = 'ticket_opened'"))
                .isEqualTo(1);
        // The point-in-time history follows: the account's score on the day loaded, computed in the background.
        await().atMost(Duration.ofSeconds(120))
                .until(() -> HealthDatabase.value("SELECT score FROM score_daily WHERE account_external_id = '"
                                + account + "' AND day = '" + day + "'")
                        != null);

        // A corrected value replaces the one stored and leaves the day's other metrics as they were.
        post("day,account,metric,value\n%s,%s,logins,5\n".formatted(day, account), TestTokens.INTEGRATOR)
                .body("imported", equalTo(1));
        assertThat(HealthDatabase.value("SELECT logins || ' ' || tickets_opened FROM account_day WHERE"
                        + " account_external_id = '" + account + "' AND day = '" + day + "'"))
                .isEqualTo("5 2");
    }

    @Test
    void aFileWithoutTheColumnsIs400AndLoadsNothing() throws Exception {
        Api.asClient("history")
                .contentType("text/csv")
                .body("account,day,value\n" + account + "," + day + ",3\n")
                .post(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("header"));
        assertThat(HealthDatabase.count(
                        "SELECT count(*) FROM account_day WHERE account_external_id = '" + account + "'"))
                .isZero();
    }

    private static io.restassured.response.ValidatableResponse post(String csv, String token) {
        return Api.as(token).contentType("text/csv").body(csv).post(PATH).then().statusCode(200);
    }
}
