package dev.tandem.health.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.tandem.health.TestAccounts;
import dev.tandem.health.score.service.DailySnapshot;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Scores kept over time: a point a day, every change, and the trends a CSM reads first. */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class ScoreHistoryTest {

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Inject
    DailySnapshot snapshot;

    @Test
    void aScoredAccountHasTodayInItsHistoryAndTrendsAgainstEarlierDays() throws Exception {
        String account = scoredAccount();
        int current = history(account, 30).getInt("current");

        sql(
                "INSERT INTO score_daily (account_external_id, day, score, band) VALUES ('%s', '%s', 40, 'RED'),"
                        + " ('%s', '%s', 90, 'GREEN')",
                account, today.minusDays(9), account, today.minusDays(40));
        JsonPath history = history(account, 30);

        assertThat(history.getInt("trend7"))
                .as("against the last score on or before a week ago")
                .isEqualTo(current - 40);
        assertThat(history.getInt("trend30")).isEqualTo(current - 90);
        assertThat(history.getList("daily.day"))
                .containsExactly(today.minusDays(9).toString(), today.toString());
        assertThat(history.getList("changes")).hasSize(1);
        assertThat(history.getInt("changes[0].score")).isEqualTo(current);
    }

    @Test
    void aBatchOfScoresCarriesTheSameTrends() throws Exception {
        String account = scoredAccount();
        sql(
                "INSERT INTO score_daily (account_external_id, day, score, band) VALUES ('%s', '%s', 40, 'RED'),"
                        + " ('%s', '%s', 90, 'GREEN')",
                account, today.minusDays(12), account, today.minusDays(40));

        JsonPath scores = Api.as(TestTokens.VIEWER)
                .queryParam("accountId", account, "unscored-" + UUID.randomUUID())
                .get("/api/v1/health-scores")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(scores.getInt("[0].trend7")).isEqualTo(scores.getInt("[0].score") - 40);
        assertThat(scores.getInt("[0].trend30")).isEqualTo(scores.getInt("[0].score") - 90);
        assertThat(scores.getString("[1].trend7")).isNull();
    }

    @Test
    void theDailySnapshotGivesEveryScoredAccountItsDayOnce() throws Throwable {
        String account = scoredAccount();
        sql("DELETE FROM score_daily WHERE account_external_id = '%s'", account);

        int added = VertxContextSupport.subscribeAndAwait(() -> snapshot.snapshotToday());
        int again = VertxContextSupport.subscribeAndAwait(() -> snapshot.snapshotToday());

        assertThat(added).isPositive();
        assertThat(again).isZero();
        assertThat(history(account, 7).getList("daily.day")).containsExactly(today.toString());
    }

    @Test
    void anAccountWithoutScoresHasAnEmptyHistoryAndNoTrend() {
        JsonPath history = history("never-" + UUID.randomUUID(), 7);

        assertThat(history.getString("current")).isNull();
        assertThat(history.getString("trend7")).isNull();
        assertThat(history.getList("daily")).isEmpty();
    }

    @Test
    void theWindowIsOneDayToAYear() {
        Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{a}/health/history?days=0", "x")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("days"));
        Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{a}/health/history?days=366", "x")
                .then()
                .statusCode(400);
    }

    @Test
    void bandChangesAreListedNewestFirstBeforeATimeAndScoreChangesWithinABandAreNot() throws Exception {
        String account = "bands-" + UUID.randomUUID();
        sql(
                "INSERT INTO score_history (account_external_id, score, band, computed_at) VALUES"
                        + " ('%1$s', 80, 'GREEN', '2026-01-01T10:00:00Z'), ('%1$s', 75, 'GREEN', '2026-01-02T10:00:00Z'),"
                        + " ('%1$s', 50, 'YELLOW', '2026-01-03T10:00:00Z'), ('%1$s', 20, 'RED', '2026-01-04T10:00:00Z'),"
                        + " ('%1$s', NULL, NULL, '2026-01-05T10:00:00Z')",
                account);

        JsonPath all = bandChanges(account, "");
        assertThat(all.getList("band")).containsExactly(null, "RED", "YELLOW", "GREEN");
        assertThat(all.getList("previousBand")).containsExactly("RED", "YELLOW", "GREEN", null);
        assertThat(all.getString("[3].occurredAt")).isEqualTo("2026-01-01T10:00:00Z");

        JsonPath page = bandChanges(account, "?before=2026-01-03T10:00:00Z&limit=1");
        assertThat(page.getList("band"))
                .as("at or before the time, at most the limit")
                .containsExactly("YELLOW");
        assertThat(page.getInt("[0].score")).isEqualTo(50);

        Api.as(TestTokens.VIEWER)
                .get("/api/v1/accounts/{a}/health/band-changes?before=yesterday&limit=201", account)
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("before"));
        Api.as(TestTokens.VIEWER)
                .get("/api/v1/accounts/{a}/health/band-changes?limit=201", account)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    private static JsonPath bandChanges(String account, String query) {
        return Api.as(TestTokens.VIEWER)
                .get("/api/v1/accounts/{a}/health/band-changes" + query, account)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** An announced account with a login, scored by the refresher. */
    private static String scoredAccount() {
        String account = "hist-" + UUID.randomUUID();
        TestAccounts.announce(UUID.randomUUID(), account, "FREE", "FREE");
        TestAccounts.post("""
                {"signals": [{"eventId": "%s", "accountId": "%s", "userId": "ana", "type": "login",
                              "occurredAt": "%s"}]}
                """.formatted(UUID.randomUUID(), account, Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> history(account, 30).getString("current") != null);
        return account;
    }

    private static JsonPath history(String account, int days) {
        return Api.as(TestTokens.VIEWER)
                .get("/api/v1/accounts/{a}/health/history?days={d}", account, days)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void sql(String statement, Object... arguments) throws Exception {
        var postgres = EmbeddedInfrastructure.shared().postgres();
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("health"), "postgres", "");
                var executed = connection.createStatement()) {
            executed.execute(statement.formatted(arguments));
        }
    }
}
