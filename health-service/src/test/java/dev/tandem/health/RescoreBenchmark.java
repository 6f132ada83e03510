package dev.tandem.health;

import dev.tandem.testing.WithTandemInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints how long a full rescore of 100,000 accounts takes after a scorecard change, and the JVM's CPU time meanwhile.
 * The accounts and 20 days of their aggregates are written straight into the database by a few set-based statements,
 * so a run is minutes rather than {@link SignalBenchmark}'s half hour. Every account has a stored score the change
 * moves, so each one's new score, history and {@code ScoreChanged} are written: the most a scorecard edit can cost. With {@code -Dtandem.postgres.settings=shared_preload_libraries=pg_stat_statements} it prints the database's time by
 * statement for the second. Not part of {@code verify}: {@code ./mvnw -f health-service/pom.xml verify -Pbenchmark
 * -Dtest=RescoreBenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
@WithTandemInfrastructure(database = "health")
class RescoreBenchmark {

    private static final int ACCOUNTS = 100_000;
    private static final int DAYS = 20;

    @Test
    void aFullRescoreAfterAScorecardChange() throws Exception {
        seed();
        boolean statistics = SignalBenchmark.startStatementStatistics();
        FullRescore.Timed rescore = FullRescore.afterWeightChange(35, Duration.ofMillis(100));
        System.out.printf(
                "%n=== Rescore benchmark ===%n"
                        + "full rescore:  %,d accounts in %.1f s (JVM CPU %.1f s), %,d scores moved%n%n",
                rescore.accounts(),
                rescore.seconds(),
                rescore.cpuSeconds(),
                HealthDatabase.count("SELECT count(*) FROM health_score WHERE score > 0"));
        if (statistics) {
            SignalBenchmark.printStatementStatistics();
        }
    }

    /**
     * {@link #ACCOUNTS} accounts, announced, each with {@link #DAYS} days of aggregates ending today (logins, feature
     * uses, a ticket a week, email opens on half the days) from two users, the data sources that make them, and a
     * stored score of 0 (red) that rescoring moves.
     */
    private static void seed() throws SQLException {
        HealthDatabase.execute("""
                INSERT INTO account_ref (account_id, external_id, plan, stage, touch_model, updated_at, created_on)
                SELECT gen_random_uuid(), 'bench-' || lpad(n::text, 6, '0'), 'Growth', 'ADOPTION', 'LOW', now(),
                       current_date - %2$d
                  FROM generate_series(0, %1$d - 1) n;
                INSERT INTO account_segment_history (account_external_id, valid_from, stage, touch_model, plan)
                SELECT 'bench-' || lpad(n::text, 6, '0'), CAST(current_date - %2$d AS timestamptz), 'ADOPTION', 'LOW',
                       'Growth'
                  FROM generate_series(0, %1$d - 1) n;
                INSERT INTO account_day (account_external_id, day, signals, logins, feature_uses, tickets_opened,
                                         emails_opened, last_seen_at)
                SELECT 'bench-' || lpad(n::text, 6, '0'), current_date - d, 10, 3 + n %% 3, 5 + d %% 4,
                       CASE WHEN d %% 7 = 0 THEN 1 ELSE 0 END, d %% 2, current_date - d + time '12:00'
                  FROM generate_series(0, %1$d - 1) n, generate_series(0, %2$d - 1) d;
                INSERT INTO user_signal_day (account_external_id, user_id, day, signals, logins, last_seen_at)
                SELECT 'bench-' || lpad(n::text, 6, '0'), 'u' || u, current_date - d, 2, 1,
                       current_date - d + time '12:00'
                  FROM generate_series(0, %1$d - 1) n, generate_series(0, %2$d - 1) d, generate_series(1, 2) u;
                INSERT INTO feature_day (account_external_id, day, feature, uses)
                SELECT 'bench-' || lpad(n::text, 6, '0'), current_date - d, 'feature-' || (d %% 4), 5
                  FROM generate_series(0, %1$d - 1) n, generate_series(0, %2$d - 1) d;
                INSERT INTO signal_source (account_external_id, source, first_day, last_day)
                SELECT 'bench-' || lpad(n::text, 6, '0'), s, current_date - %2$d + 1, current_date
                  FROM generate_series(0, %1$d - 1) n,
                       unnest(ARRAY['login', 'feature_used', 'ticket_opened', 'email_opened']) s;
                INSERT INTO health_score (account_external_id, score, band, explanation, computed_at, scorecard_id)
                SELECT 'bench-' || lpad(n::text, 6, '0'), 0, 'RED', '', now() - interval '1 day',
                       CAST('%3$s' AS uuid)
                  FROM generate_series(0, %1$d - 1) n;
                """.formatted(ACCOUNTS, DAYS, FullRescore.DEAR));
        // As long-lived data is: vacuumed (the rows' hint bits set) and analysed. Else the rescore's first reads of
        // each page pay for setting them, which production's do not.
        HealthDatabase.execute("VACUUM ANALYZE health_score, account_ref, account_day, user_signal_day, feature_day,"
                + " signal_source, account_segment_history");
    }
}
