package dev.tandem.health.imports.repository;

import dev.tandem.health.domain.metric.Metric;
import dev.tandem.health.imports.domain.AccountDayValues;
import dev.tandem.platform.sql.CopyIn;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Loads daily metric values at database speed: one row per account and day, already gathered
 * ({@link AccountDayValues}), is streamed with PostgreSQL's COPY into a table of the transaction, then merged into the
 * daily aggregates by a handful of set-based statements. A value replaces the one stored for its account, day and
 * metric (loading a file twice changes nothing), other metrics of the day stay; a day with product use counts as an
 * active day; the accounts' data sources are marked connected over the days loaded (missing is not zero), and the
 * accounts are queued for their score now and their daily history from their earliest day loaded (the point-in-time
 * backfill).
 *
 * <p>This is the one JDBC path of the service: the reactive client has no COPY ({@link CopyIn}). It blocks, so it runs on
 * a worker thread.
 */
@ApplicationScoped
public class DailyMetricLoader {

    static final int HISTORY_AFTER_SECONDS = 30;

    private static final List<Metric> COUNTS = Metric.dailyCounts();

    /** The daily counts' columns, in {@link #COUNTS}' order: the pivot's and the aggregates' alike. */
    private static final String COUNT_COLUMNS = COUNTS.stream().map(Metric::key).collect(Collectors.joining(", "));

    /**
     * A day loaded with product use (logins, feature uses, ...) is a day with product use, as a day of such signals is:
     * {@code last_seen_at} is what active days count. Its hour is not known, so the day's start stands for it.
     */
    private static final String USED = "CASE WHEN "
            + COUNTS.stream()
                    .filter(m -> Metric.PRODUCT_USE.containsAll(m.sources()))
                    .map(m -> "coalesce(p." + m.key() + ", 0) > 0")
                    .collect(Collectors.joining(" OR "))
            + " THEN CAST(p.day AS timestamp) AT TIME ZONE 'UTC' END";

    /** NULL where the file had no value for the metric: the update then keeps what is stored. */
    private static final String STAGE = "CREATE TEMP TABLE daily_metric_pivot (account TEXT NOT NULL,"
            + " day DATE NOT NULL, "
            + COUNTS.stream().map(m -> m.key() + " BIGINT").collect(Collectors.joining(", "))
            + ") ON COMMIT DROP";

    private static final String COPY_TARGET = "daily_metric_pivot (account, day, " + COUNT_COLUMNS + ")";

    /** Rows already there take the values loaded and keep the others. */
    private static final String UPDATE = "UPDATE account_day d SET "
            + COUNTS.stream()
                    .map(m -> m.key() + " = coalesce(p." + m.key() + ", d." + m.key() + ")")
                    .collect(Collectors.joining(", "))
            + ", last_seen_at = coalesce(d.last_seen_at, " + USED + ")"
            + " FROM daily_metric_pivot p WHERE d.account_external_id = p.account AND d.day = p.day";

    /**
     * New rows. One a signal consumer wrote since the update keeps the larger of its count and the value loaded; for a
     * row the update wrote, that is the value loaded again.
     */
    private static final String INSERT = "INSERT INTO account_day (account_external_id, day, " + COUNT_COLUMNS
            + ", last_seen_at) SELECT p.account, p.day, "
            + COUNTS.stream().map(m -> "coalesce(p." + m.key() + ", 0)").collect(Collectors.joining(", "))
            + ", " + USED + " FROM daily_metric_pivot p ON CONFLICT (account_external_id, day) DO UPDATE SET "
            + COUNTS.stream()
                    .map(m -> m.key() + " = greatest(account_day." + m.key() + ", excluded." + m.key() + ")")
                    .collect(Collectors.joining(", "))
            + ", last_seen_at = coalesce(account_day.last_seen_at, excluded.last_seen_at)";

    /** A source is connected over the days it sent something: a value above 0 of one of its metrics. */
    private static final String SOURCES = "INSERT INTO signal_source (account_external_id, source, first_day, last_day)"
            + " SELECT p.account, m.source, min(p.day), max(p.day) FROM daily_metric_pivot p CROSS JOIN LATERAL (VALUES "
            + COUNTS.stream()
                    .map(m -> "('" + m.sourceNames().iterator().next() + "', p." + m.key() + ")")
                    .collect(Collectors.joining(", "))
            + ") AS m (source, value) WHERE m.value > 0 GROUP BY p.account, m.source"
            + " ON CONFLICT (account_external_id, source) DO UPDATE SET"
            + " first_day = least(signal_source.first_day, excluded.first_day),"
            + " last_day = greatest(signal_source.last_day, excluded.last_day)";

    /**
     * The history is computed again from each account's earliest day loaded, once the import has had
     * {@value #HISTORY_AFTER_SECONDS} s to send its other files: the change looks claimed until then, so a long
     * history sent as many files is loaded first and backfilled after, rather than both at once.
     */
    private static final String HISTORY = "INSERT INTO score_history_change (accounts, days, size, changed_at,"
            + " claimed_until) SELECT array_agg(account ORDER BY account), array_agg(CAST(first AS text) ORDER BY"
            + " account), count(*), now(), now() + interval '" + DailyMetricLoader.HISTORY_AFTER_SECONDS + " seconds'"
            + " FROM (SELECT account, min(day) AS first FROM daily_metric_pivot GROUP BY account) a"
            + " HAVING count(*) > 0";

    private static final String NOW = "INSERT INTO score_change (accounts, size, changed_at)"
            + " SELECT array_agg(account ORDER BY account), count(*), now()"
            + " FROM (SELECT DISTINCT account FROM daily_metric_pivot) a HAVING count(*) > 0";

    private final AgroalDataSource dataSource;

    public DailyMetricLoader(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Streams the rows, then merges them, in one transaction; blocks. */
    public void load(AccountDayValues rows) {
        if (!rows.columns().equals(COUNTS)) {
            throw new IllegalArgumentException("The rows' columns must be the daily counts, in their order");
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(STAGE);
                copy(connection, rows);
                statement.execute(UPDATE);
                statement.execute(INSERT);
                statement.execute(SOURCES);
                statement.execute(HISTORY);
                statement.execute(NOW);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Daily metrics could not be loaded", e);
        }
    }

    private static void copy(Connection connection, AccountDayValues rows) throws SQLException {
        try (CopyIn copy = CopyIn.into(connection, COPY_TARGET)) {
            rows.forEach((account, day, values) -> {
                Object[] row = new Object[2 + values.length];
                row[0] = account;
                row[1] = day;
                for (int i = 0; i < values.length; i++) {
                    row[2 + i] = values[i] == AccountDayValues.ABSENT ? null : values[i];
                }
                try {
                    copy.row(row);
                } catch (SQLException e) {
                    throw new CopyFailed(e);
                }
            });
        } catch (CopyFailed e) {
            throw e.getCause();
        }
    }

    /** Carries a COPY's failure out of the row callback, which may not throw it. */
    private static final class CopyFailed extends RuntimeException {

        CopyFailed(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
