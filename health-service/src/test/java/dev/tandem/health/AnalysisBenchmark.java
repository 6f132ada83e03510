package dev.tandem.health;

import static org.awaitility.Awaitility.await;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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
 * Prints how fast history comes in and how long a churn analysis takes: daily metric rows imported through
 * {@code POST /imports/daily-metrics} (files of about 1 MB, four senders at once), then a churn analysis of 100,000
 * outcomes, each with its account's logins, tickets and website visits in the 30 days 90 days before it (written
 * straight into the database: what is measured is the analysis). Not part of {@code verify}:
 * {@code ./mvnw -f health-service/pom.xml verify -Pbenchmark -Dtest=AnalysisBenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
@WithTandemInfrastructure(database = "health")
class AnalysisBenchmark {

    private static final int IMPORT_ACCOUNTS = 10_000;
    private static final int IMPORT_DAYS = 20;
    private static final String[] METRICS = {
        "logins",
        "feature_uses",
        "setup_steps",
        "invites_sent",
        "emails_opened",
        "emails_clicked",
        "tickets_opened",
        "events_attended",
        "content_views",
        "website_visits"
    };
    private static final int ROWS_PER_FILE = 24_000;
    private static final int SENDERS = 4;
    private static final int OUTCOMES = 100_000;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void importRateAndAnalysisTime() throws Exception {
        List<String> files = files();
        long rows = (long) IMPORT_ACCOUNTS * IMPORT_DAYS * METRICS.length;
        long started = System.nanoTime();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        List<Future<Integer>> sent = new ArrayList<>();
        for (String file : files) {
            sent.add(senders.submit(() -> Api.as(TestTokens.INTEGRATOR)
                    .contentType("text/csv")
                    .body(file)
                    .post("/api/v1/imports/daily-metrics")
                    .then()
                    .statusCode(200)
                    .extract()
                    .<Integer>path("imported")));
        }
        long imported = 0;
        for (Future<Integer> file : sent) {
            imported += file.get();
        }
        senders.shutdown();
        double importSeconds = seconds(started);
        if (imported != rows) {
            throw new AssertionError("Imported " + imported + " of " + rows + " rows");
        }
        // The history backfill the import queued (10,000 accounts x 20 days) is not what is measured next.
        HealthDatabase.execute("DELETE FROM score_history_change");

        seedOutcomes();
        started = System.nanoTime();
        String id = Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"lookBackDays\": 760}")
                .post("/api/v1/churn-analyses")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        await().atMost(Duration.ofMinutes(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> !List.of("QUEUED", "RUNNING").contains(analysis(id).getString("status")));
        double analysisSeconds = seconds(started);
        JsonPath done = analysis(id);

        System.out.printf(
                "%n=== Analysis benchmark ===%n"
                        + "daily-metrics import: %,d rows in %d files of ~1 MB, %d senders, in %.1f s: %,.0f rows/s%n"
                        + "churn analysis:       %s, %,d outcomes (fitted on %,d, tested on %,d) in %.1f s;"
                        + " held-out AUC current %.3f, suggested %.3f; first finding %s%n%n",
                rows,
                files.size(),
                SENDERS,
                importSeconds,
                rows / importSeconds,
                done.getString("status"),
                done.getInt("result.outcomes"),
                done.getInt("result.fittedOn"),
                done.getInt("result.testedOn"),
                analysisSeconds,
                done.getDouble("result.current.auc"),
                done.getDouble("result.suggested.auc"),
                done.getString("result.findings[0].metric"));
    }

    /** Every account's days and metrics as CSV files of {@value #ROWS_PER_FILE} rows. */
    private List<String> files() {
        List<String> files = new ArrayList<>();
        StringBuilder file = new StringBuilder();
        int inFile = 0;
        for (int account = 0; account < IMPORT_ACCOUNTS; account++) {
            for (int day = 0; day < IMPORT_DAYS; day++) {
                LocalDate date = today.minusDays(400 + day);
                for (int m = 0; m < METRICS.length; m++) {
                    if (inFile == 0) {
                        file.append("account,day,metric,value\n");
                    }
                    file.append("import-")
                            .append(account)
                            .append(',')
                            .append(date)
                            .append(',')
                            .append(METRICS[m])
                            .append(',')
                            .append((account + day + m) % 17)
                            .append('\n');
                    if (++inFile == ROWS_PER_FILE) {
                        files.add(file.toString());
                        file.setLength(0);
                        inFile = 0;
                    }
                }
            }
        }
        if (inFile > 0) {
            files.add(file.toString());
        }
        return files;
    }

    /**
     * 100,000 accounts, each with one outcome over the last two years, a third churned; churned accounts logged in
     * less and opened more tickets on every third day of the 30 days 90 days before, website visits unrelated.
     */
    private static void seedOutcomes() throws Exception {
        HealthDatabase.execute("""
                INSERT INTO account_ref (account_id, external_id, plan, stage, touch_model, updated_at, created_on)
                SELECT gen_random_uuid(), 'outcome-' || n, 'Growth', 'ADOPTION', 'LOW', now(), current_date - 900
                  FROM generate_series(0, %1$d - 1) n;
                INSERT INTO account_segment_history (account_external_id, valid_from, stage, touch_model, plan)
                SELECT 'outcome-' || n, CAST(current_date - 900 AS timestamptz), 'ADOPTION', 'LOW', 'Growth'
                  FROM generate_series(0, %1$d - 1) n;
                INSERT INTO contract_outcome (contract_id, outcome_on, account_id, outcome, recorded_at)
                SELECT gen_random_uuid(), current_date - 30 - n %% 700, a.account_id,
                       CASE WHEN (n * 7919) %% 3 = 0 THEN 'CHURNED' ELSE 'RENEWED' END, now()
                  FROM generate_series(0, %1$d - 1) n JOIN account_ref a ON a.external_id = 'outcome-' || n;
                INSERT INTO account_day (account_external_id, day, signals, logins, tickets_opened, website_visits)
                SELECT 'outcome-' || n, current_date - 120 - n %% 700 - d, 5,
                       CASE WHEN (n * 7919) %% 3 = 0 THEN 1 + (n + d) %% 4 ELSE 3 + (n + d) %% 4 END,
                       CASE WHEN (n * 7919) %% 3 = 0 THEN (n + d) %% 3 ELSE (n + d) %% 2 END, (n + d) %% 5
                  FROM generate_series(0, %1$d - 1) n, generate_series(0, 27, 3) d;
                INSERT INTO signal_source (account_external_id, source, first_day, last_day)
                SELECT 'outcome-' || n, s, current_date - 150 - n %% 700, current_date - 120 - n %% 700
                  FROM generate_series(0, %1$d - 1) n, unnest(ARRAY['login', 'ticket_opened', 'website_visit']) s;
                ANALYZE account_ref, account_segment_history, contract_outcome, account_day, signal_source;
                """.formatted(OUTCOMES));
    }

    private static JsonPath analysis(String id) {
        return Api.as(TestTokens.CS_ADMIN)
                .get("/api/v1/churn-analyses/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
