package dev.tandem.health;

import static org.awaitility.Awaitility.await;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints how long scoring the past takes: a history backfill of 10,000 accounts over 90 days (the job a cs-admin
 * starts, every account's score of every day written), and the point-in-time scores of 100,000 accounts for one past
 * day through {@code GET /health-scores?asOf=}, 200 accounts a request, four callers at once. The accounts' daily
 * aggregates are written straight into the database: what is measured is the scoring, not the ingest. Not part of
 * {@code verify}: {@code ./mvnw -f health-service/pom.xml verify -Pbenchmark -Dtest=HistoryBenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
@WithTandemInfrastructure(database = "health")
class HistoryBenchmark {

    private static final int BACKFILLED = 10_000;
    private static final int BACKFILL_DAYS = 90;
    private static final int ACCOUNTS = 100_000;
    private static final int PER_REQUEST = 200;
    private static final int CALLERS = 4;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aHistoryBackfillAndPointInTimeScores() throws Exception {
        // A year of daily use for the accounts whose history is backfilled: the windows of the first day reach back.
        seed(0, BACKFILLED, 400);
        long started = System.nanoTime();
        String job = Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"from\": \"%s\", \"to\": \"%s\"}"
                        .formatted(today.minusDays(BACKFILL_DAYS), today.minusDays(1)))
                .post("/api/v1/score-history/backfills")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        await().atMost(Duration.ofMinutes(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> "COMPLETED"
                        .equals(Api.as(TestTokens.CS_ADMIN)
                                .get("/api/v1/score-history/backfills/{id}", job)
                                .then()
                                .extract()
                                .path("status")));
        double backfillSeconds = seconds(started);
        int days = HealthDatabase.count("SELECT count(*) FROM score_daily");

        seed(BACKFILLED, ACCOUNTS, 60);
        LocalDate asOf = today.minusDays(10);
        started = System.nanoTime();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        List<Future<Integer>> pages = new ArrayList<>();
        for (int from = 0; from < ACCOUNTS; from += PER_REQUEST) {
            int first = from;
            pages.add(callers.submit(() -> scorePage(first, asOf)));
        }
        int scored = 0;
        for (Future<Integer> page : pages) {
            scored += page.get();
        }
        callers.shutdown();
        double pointInTimeSeconds = seconds(started);

        System.out.printf(
                "%n=== History benchmark ===%n"
                        + "history backfill:  %,d accounts x %d days in %.1f s (%,d daily scores written,"
                        + " %,.0f a second)%n"
                        + "point in time:     %,d accounts scored as of %s in %.1f s (%,.0f accounts a second),"
                        + " %d accounts a request, %d callers%n%n",
                BACKFILLED,
                BACKFILL_DAYS,
                backfillSeconds,
                days,
                days / backfillSeconds,
                scored,
                asOf,
                pointInTimeSeconds,
                scored / pointInTimeSeconds,
                PER_REQUEST,
                CALLERS);
    }

    private int scorePage(int first, LocalDate asOf) {
        var request = Api.as(TestTokens.CSM).queryParam("asOf", asOf.toString());
        for (int i = first; i < Math.min(ACCOUNTS, first + PER_REQUEST); i++) {
            request.queryParam("accountId", account(i));
        }
        List<Object> scores = request.get("/api/v1/health-scores")
                .then()
                .statusCode(200)
                .extract()
                .path("score");
        return scores.size();
    }

    /**
     * Accounts {@code from} to {@code to} (excluded), announced, each with {@code days} days of aggregates ending today
     * (logins, feature uses and product use every day, a ticket a week, email opens on half the days) from three to
     * five users, and the data sources that make them.
     */
    private static void seed(int from, int to, int days) throws SQLException {
        HealthDatabase.execute("""
                INSERT INTO account_ref (account_id, external_id, plan, stage, touch_model, updated_at, created_on)
                SELECT gen_random_uuid(), 'bench-' || n, 'Growth', 'ADOPTION', 'LOW', now(), current_date - %3$d
                  FROM generate_series(%1$d, %2$d - 1) n;
                INSERT INTO account_segment_history (account_external_id, valid_from, stage, touch_model, plan)
                SELECT 'bench-' || n, CAST(current_date - %3$d AS timestamptz), 'ADOPTION', 'LOW', 'Growth'
                  FROM generate_series(%1$d, %2$d - 1) n;
                INSERT INTO account_day (account_external_id, day, signals, logins, feature_uses, tickets_opened,
                                         emails_opened, last_seen_at)
                SELECT 'bench-' || n, current_date - d, 10, 3 + n %% 3, 5 + d %% 4,
                       CASE WHEN d %% 7 = 0 THEN 1 ELSE 0 END, d %% 2, current_date - d + time '12:00'
                  FROM generate_series(%1$d, %2$d - 1) n, generate_series(0, %3$d - 1) d;
                INSERT INTO user_signal_day (account_external_id, user_id, day, signals, logins, last_seen_at)
                SELECT 'bench-' || n, 'u' || u, current_date - d, 2, 1, current_date - d + time '12:00'
                  FROM generate_series(%1$d, %2$d - 1) n, generate_series(0, %3$d - 1) d,
                       generate_series(1, 3 + n %% 3) u;
                INSERT INTO feature_day (account_external_id, day, feature, uses)
                SELECT 'bench-' || n, current_date - d, 'feature-' || (d %% 4), 5
                  FROM generate_series(%1$d, %2$d - 1) n, generate_series(0, %3$d - 1) d;
                INSERT INTO signal_source (account_external_id, source, first_day, last_day)
                SELECT 'bench-' || n, s, current_date - %3$d + 1, current_date
                  FROM generate_series(%1$d, %2$d - 1) n,
                       unnest(ARRAY['login', 'feature_used', 'ticket_opened', 'email_opened']) s;
                ANALYZE account_day, user_signal_day, feature_day, signal_source, account_segment_history;
                """.formatted(from, to, days));
    }

    private static String account(int n) {
        return "bench-" + n;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
