package dev.tandem.account.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints p50 and p95 of the retention figures over a book of 100,000 accounts, 150,000 contracts and 300,000 contract
 * terms (a year ago each contract renewed, expanded, contracted or churned; some churn mid-term since): a year's
 * metrics with all five breakdowns, the renewals forecast of the next 90 days, and a year's monthly series, each
 * through its REST endpoint. The book is written straight into the database: what is measured is the reading. Not part
 * of {@code verify}: {@code ./mvnw -f account-service/pom.xml verify -Pbenchmark -Dtest=RetentionBenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
@WithTandemInfrastructure(database = "account")
class RetentionBenchmark {

    private static final int ACCOUNTS = 100_000;
    private static final int WARM_UP = 3;
    private static final int RUNS = 20;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aYearOfFiguresAndTheRenewalsForecast() throws SQLException {
        seed();
        String from = today.minusDays(364).toString();
        List<Double> metrics = time(
                "/api/v1/retention/metrics",
                () -> Api.as(TestTokens.CSM)
                        .queryParam("from", from)
                        .queryParam("to", today.toString())
                        .queryParam("breakdown", "touchModel", "segment", "plan", "cohort", "csm"));
        List<Double> forecast =
                time("/api/v1/retention/renewals", () -> Api.as(TestTokens.CSM).queryParam("days", 90));
        List<Double> series = time(
                "/api/v1/retention/series",
                () -> Api.as(TestTokens.CSM).queryParam("from", from).queryParam("to", today.toString()));
        System.out.printf(
                "%n=== Retention benchmark: %,d accounts, %,d contract terms, %d runs after %d warm-up ===%n"
                        + "year's metrics, 5 breakdowns:  p50 %4.0f ms  p95 %4.0f ms%n"
                        + "renewals forecast, 90 days:    p50 %4.0f ms  p95 %4.0f ms%n"
                        + "year's monthly series:         p50 %4.0f ms  p95 %4.0f ms%n%n",
                ACCOUNTS,
                count("SELECT count(*) FROM contract_term"),
                RUNS,
                WARM_UP,
                percentile(metrics, 50),
                percentile(metrics, 95),
                percentile(forecast, 50),
                percentile(forecast, 95),
                percentile(series, 50),
                percentile(series, 95));
    }

    /** Milliseconds of each of {@link #RUNS} requests to {@code path}, after {@link #WARM_UP} untimed ones. */
    private static List<Double> time(String path, Supplier<RequestSpecification> request) {
        List<Double> millis = new ArrayList<>();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            RequestSpecification prepared = request.get();
            long started = System.nanoTime();
            String body = prepared.get(path).then().statusCode(200).extract().asString();
            double took = (System.nanoTime() - started) / 1e6;
            assertThat(body).isNotEmpty();
            if (run >= WARM_UP) {
                millis.add(took);
            }
        }
        return millis;
    }

    /**
     * The book: accounts in three plans and touch models, 40 CSMs, cohorts over a year; every account has a contract
     * and every second a second one. Each contract's first term ran a year from between two years and one year ago and
     * ended renewed (half), expanded (a fifth), contracted (a tenth) or churned (a tenth, then won back a month later);
     * its second term runs, except one in seventeen that churned a hundred days in. Health bands are spread evenly.
     */
    private void seed() throws SQLException {
        try (var connection = connect()) {
            connection.createStatement().execute("""
                    INSERT INTO account (id, external_id, name, billing_model, plan, stage, touch_model, community,
                                         csm_id, cohort, created_at, updated_at, arr)
                    SELECT CAST(md5('account' || n) AS UUID), 'bench-' || n, 'Bench ' || n, 'SUBSCRIPTION',
                           (ARRAY['Starter', 'Growth', 'Enterprise'])[1 + n %% 3], 'ADOPTION',
                           (ARRAY['TECH', 'LOW', 'HIGH'])[1 + n %% 3], n %% 5 = 0, 'csm-' || n %% 40,
                           to_char(current_date - 730 + n %% 365, 'YYYY-MM'), now(), now(), 0
                      FROM generate_series(0, %1$d - 1) n;
                    CREATE TEMPORARY TABLE bench_contract AS
                    SELECT CAST(md5('contract' || n || '-' || k) AS UUID) AS id, CAST(md5('account' || n) AS UUID)
                               AS account_id, n, k, (n + k) %% 10 AS fate,
                           CAST(1000 + (n * 13 + k * 7) %% 90000 AS NUMERIC(14, 2)) AS arr,
                           current_date - 730 + (n * 7 + k) %% 365 AS first_start
                      FROM generate_series(0, %1$d - 1) n, generate_series(1, 2) k
                     WHERE k = 1 OR n %% 2 = 0;
                    INSERT INTO contract (id, account_id, external_id, plan, arr, currency, seats, start_date,
                                          renewal_date, auto_renew, status, created_at, updated_at)
                    SELECT id, account_id, 'c' || k, 'Growth', arr, 'EUR', 10, first_start, first_start + 730, TRUE,
                           'ACTIVE', now(), now()
                      FROM bench_contract;
                    INSERT INTO contract_term (id, contract_id, account_id, plan, arr, starts_on, scheduled_end, ends_on,
                                               outcome, arr_after, band_at_outcome)
                    SELECT gen_random_uuid(), id, account_id, 'Growth', arr, first_start, first_start + 365,
                           first_start + 365,
                           CASE WHEN fate = 0 THEN 'CHURNED' WHEN fate IN (1, 2) THEN 'EXPANDED'
                                WHEN fate = 3 THEN 'CONTRACTED' ELSE 'RENEWED' END,
                           CASE WHEN fate = 0 THEN 0 WHEN fate IN (1, 2) THEN arr * 1.2 WHEN fate = 3 THEN arr * 0.8
                                ELSE arr END,
                           (ARRAY['RED', 'YELLOW', 'GREEN'])[1 + (n + fate) %% 3]
                      FROM bench_contract;
                    INSERT INTO contract_term (id, contract_id, account_id, plan, arr, starts_on, scheduled_end, ends_on,
                                               outcome, arr_after)
                    SELECT gen_random_uuid(), id, account_id, 'Growth',
                           CASE WHEN fate IN (1, 2) THEN arr * 1.2 WHEN fate = 3 THEN arr * 0.8 ELSE arr END,
                           first_start + 365 + CASE WHEN fate = 0 THEN 30 ELSE 0 END, first_start + 730,
                           CASE WHEN n %% 17 = 0 THEN greatest(first_start + 395, least(current_date, first_start + 465)) END,
                           CASE WHEN n %% 17 = 0 THEN 'CHURNED' END,
                           CASE WHEN n %% 17 = 0 THEN 0 END
                      FROM bench_contract;
                    INSERT INTO account_health (account_id, score, band, scored_at)
                    SELECT CAST(md5('account' || n) AS UUID), 20 + n %% 70,
                           (ARRAY['RED', 'YELLOW', 'GREEN'])[1 + n %% 3], now()
                      FROM generate_series(0, %1$d - 1) n;
                    ANALYZE account, contract, contract_term, account_health;
                    """.formatted(ACCOUNTS));
        }
    }

    private static double percentile(List<Double> millis, int p) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static long count(String sql) throws SQLException {
        try (var connection = connect();
                var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static java.sql.Connection connect() throws SQLException {
        return DriverManager.getConnection(
                EmbeddedInfrastructure.shared().postgres().jdbcUrl("account"), "postgres", "");
    }
}
