package dev.tandem.health.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.tandem.health.HealthDatabase;
import dev.tandem.health.TestAccounts;
import dev.tandem.health.TestSignals;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Any day's score, reproducible: a past day is scored from the windows ending it; signals for past days (a backfill of
 * history, a late signal) compute the daily history again from their day, and it equals scoring each day by hand.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class HistoryTest {

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aPastDayIsScoredOnTheWindowsEndingThatDay() {
        String account = accountUsedFrom(40, 11);

        assertThat(activeDays(account, today.minusDays(11)))
                .as("the 30 days up to that day")
                .isEqualTo(30);
        assertThat(activeDays(account, today.minusDays(45)))
                .as("before the first signal")
                .isNull();
        assertThat(activeDays(account, null)).as("the 30 days up to today").isEqualTo(19);
    }

    @Test
    void aDayThatIsNotOneOrIsToComeIsRefusedNamingTheParameter() {
        for (String asOf : List.of("2026-02-30", "yesterday", today.plusDays(1).toString(), "1999-12-31")) {
            Api.as(TestTokens.CSM)
                    .queryParam("asOf", asOf)
                    .get("/api/v1/accounts/{id}/health", "any")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("asOf"));
        }
        Api.as(TestTokens.CSM)
                .queryParam("version", "2")
                .get("/api/v1/accounts/{id}/health", "any")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("scorecardId"));
    }

    @Test
    void theHistoryOfBackfilledDaysEqualsScoringEachDayByHand() throws Exception {
        String account = accountUsedFrom(40, 0);

        await().atMost(Duration.ofSeconds(60))
                .alias("a score for each backfilled day, up to yesterday")
                .until(() -> HealthDatabase.count("SELECT count(*) FROM score_daily WHERE account_external_id = '"
                                + account + "' AND day BETWEEN '" + today.minusDays(40) + "' AND '"
                                + today.minusDays(1) + "'")
                        == 40);
        for (int daysAgo = 40; daysAgo >= 1; daysAgo--) {
            LocalDate day = today.minusDays(daysAgo);
            assertThat(daily(account, day)).as("the score of %s", day).isEqualTo(scoreOn(account, day));
        }
    }

    @Test
    void aBackfillJobWritesEveryAccountsDaysAsScoringThemByHand() throws Exception {
        String account = accountUsedFrom(20, 0);
        LocalDate from = today.minusDays(25);
        LocalDate to = today.minusDays(21);

        String job = Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"from\": \"%s\", \"to\": \"%s\"}".formatted(from, to))
                .post("/api/v1/score-history/backfills")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "COMPLETED"
                        .equals(Api.as(TestTokens.VIEWER)
                                .get("/api/v1/score-history/backfills/{id}", job)
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("status")));
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            assertThat(HealthDatabase.count("SELECT count(*) FROM score_daily WHERE account_external_id = '" + account
                            + "' AND day = '" + day + "'"))
                    .isOne();
            assertThat(daily(account, day)).as("no data yet that day: N/A").isNull();
        }
        Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"from\": \"%s\", \"to\": \"%s\"}".formatted(to, from))
                .post("/api/v1/score-history/backfills")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void aLateSignalChangesTheScoresOfThePastDaysItTouchesAndTheTrend() throws Exception {
        String account = accountUsedFrom(40, 0);
        await().atMost(Duration.ofSeconds(60)).until(() -> Objects.equals(daily(account, today.minusDays(1)), 60));
        assertThat(trend7(account)).isZero();

        // An ROI report dated three days ago: the ROI group has data from that day on.
        TestSignals.post(List.of(TestSignals.signal(account, "u1", "roi_reported", "hours-saved", today.minusDays(3))
                .replace("\"occurredAt\"", "\"value\": 12, \"occurredAt\"")));

        await().atMost(Duration.ofSeconds(60))
                .alias("the history from the late signal's day on is computed again")
                .until(() -> Objects.equals(daily(account, today.minusDays(3)), 76));
        assertThat(daily(account, today.minusDays(1))).isEqualTo(76);
        assertThat(daily(account, today.minusDays(4)))
                .as("before the late signal")
                .isEqualTo(60);
        await().atMost(Duration.ofSeconds(30)).until(() -> Objects.equals(trend7(account), 16));
    }

    /** An account whose one user logged in and used one feature every day from {@code from} to {@code to} days ago. */
    private String accountUsedFrom(int from, int to) {
        UUID accountId = UUID.randomUUID();
        String account = "history-" + accountId;
        TestAccounts.announce(accountId, account, "Growth", "ADOPTION");
        TestSignals.post(TestSignals.usage(account, List.of("u1"), today.minusDays(from), today.minusDays(to)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> HealthDatabase.count(
                                "SELECT count(*) FROM account_day WHERE account_external_id = '" + account + "'")
                        == from - to + 1);
        return account;
    }

    private static Integer activeDays(String account, LocalDate asOf) {
        var request = Api.as(TestTokens.CSM);
        if (asOf != null) {
            request.queryParam("asOf", asOf.toString());
        }
        return request.get("/api/v1/accounts/{id}/health", account)
                .then()
                .statusCode(200)
                .extract()
                .path("groups.find { it.key == 'adoption' }.measures.find { it.key == 'active-days' }.rawValue");
    }

    private static Integer scoreOn(String account, LocalDate day) {
        return Api.as(TestTokens.CSM)
                .queryParam("asOf", day.toString())
                .get("/api/v1/accounts/{id}/health", account)
                .then()
                .statusCode(200)
                .extract()
                .path("score");
    }

    private static Integer trend7(String account) {
        return Api.as(TestTokens.CSM)
                .queryParam("accountId", account)
                .get("/api/v1/health-scores")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].trend7");
    }

    private static Integer daily(String account, LocalDate day) throws Exception {
        String score = HealthDatabase.value(
                "SELECT score FROM score_daily WHERE account_external_id = '" + account + "' AND day = '" + day + "'");
        return score == null ? null : Integer.valueOf(score);
    }
}
