package dev.tandem.health.activity.repository;

import dev.tandem.health.activity.domain.ActivityBatch;
import dev.tandem.health.activity.domain.ActivityBatch.FeatureDay;
import dev.tandem.health.activity.domain.ActivityBatch.NpsAnswer;
import dev.tandem.health.activity.domain.ActivityBatch.RoiReport;
import dev.tandem.health.activity.domain.ActivityBatch.SourceDays;
import dev.tandem.health.activity.domain.ActivityBatch.UserDay;
import dev.tandem.health.activity.domain.DayCounts;
import dev.tandem.health.domain.metric.Metric;
import dev.tandem.health.domain.subject.AccountDay;
import dev.tandem.platform.sql.ColumnArrays;
import dev.tandem.platform.sql.NativeStatement;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Adds a poll's folded signals to the daily aggregates (per account, per end user; a user's day with product use is
 * an active day, read from {@code user_signal_day.last_seen_at}): one upsert per table whatever the number of rows
 * (bound as column arrays), each row adding its increments to what is stored (never read, then written), so
 * concurrent consumers cannot lose each other's counts.
 */
@ApplicationScoped
public class ActivityWriter {

    /**
     * The writes that add {@code batch} to the aggregates, one a table, none for an empty batch: to run together
     * ({@link NativeStatement#executeTogether}), since they write different tables, in the transaction that records
     * the signals as processed.
     */
    public List<NativeStatement> writes(ActivityBatch batch) {
        List<NativeStatement> writes = new ArrayList<>();
        if (batch.isEmpty()) {
            return writes;
        }
        writes.add(days(batch));
        userDays(batch).ifPresent(writes::add);
        features(batch).ifPresent(writes::add);
        npsAnswers(batch).ifPresent(writes::add);
        sources(batch).ifPresent(writes::add);
        roiReports(batch).ifPresent(writes::add);
        return writes;
    }

    private static NativeStatement days(ActivityBatch batch) {
        List<AccountDay> keys = List.copyOf(batch.days().keySet());
        ColumnArrays rows = new ColumnArrays()
                .column("text", keys.stream().map(AccountDay::account).toArray(String[]::new))
                .column("date", keys.stream().map(AccountDay::day).toArray(LocalDate[]::new));
        return counters("account_day", List.of("account_external_id", "day"), rows, batch.days());
    }

    private static Optional<NativeStatement> userDays(ActivityBatch batch) {
        if (batch.userDays().isEmpty()) {
            return Optional.empty();
        }
        List<UserDay> keys = List.copyOf(batch.userDays().keySet());
        ColumnArrays rows = new ColumnArrays()
                .column("text", keys.stream().map(UserDay::accountExternalId).toArray(String[]::new))
                .column("text", keys.stream().map(UserDay::userId).toArray(String[]::new))
                .column("date", keys.stream().map(UserDay::day).toArray(LocalDate[]::new));
        return Optional.of(
                counters("user_signal_day", List.of("account_external_id", "user_id", "day"), rows, batch.userDays()));
    }

    /**
     * One additive upsert of daily counters into {@code table} ({@code account_day} or {@code user_signal_day}, which
     * share their counter columns): {@code keys} holds the key columns of the rows, in the order of {@code counted}.
     */
    private static NativeStatement counters(
            String table, List<String> keyColumns, ColumnArrays keys, Map<?, DayCounts> counted) {
        List<DayCounts> counts = List.copyOf(counted.values());
        keys.column("bigint", counts.stream().map(DayCounts::total).toArray(Long[]::new));
        for (Metric metric : Metric.dailyCounts()) {
            keys.column("bigint", counts.stream().map(day -> day.of(metric)).toArray(Long[]::new));
        }
        // Null where only engagement signals came that day: no product use.
        keys.instants(counts.stream().map(DayCounts::lastSeenAt).toArray(Instant[]::new));
        StringJoiner updates = new StringJoiner(", ");
        for (String column : counterColumns()) {
            updates.add(column + " = " + table + "." + column + " + excluded." + column);
        }
        updates.add("last_seen_at = GREATEST(" + table + ".last_seen_at, excluded.last_seen_at)");
        String sql = "INSERT INTO " + table + " (" + String.join(", ", keyColumns) + ", "
                + String.join(", ", counterColumns()) + ", last_seen_at) SELECT * FROM " + keys.unnest()
                + " ON CONFLICT (" + String.join(", ", keyColumns) + ") DO UPDATE SET " + updates;
        return NativeStatement.of(sql, keys);
    }

    private static List<String> counterColumns() {
        List<String> columns = new ArrayList<>();
        columns.add("signals");
        Metric.dailyCounts().forEach(metric -> columns.add(metric.key()));
        return columns;
    }

    private static Optional<NativeStatement> features(ActivityBatch batch) {
        if (batch.featureUses().isEmpty()) {
            return Optional.empty();
        }
        List<FeatureDay> features = List.copyOf(batch.featureUses().keySet());
        ColumnArrays rows = new ColumnArrays()
                .column(
                        "text",
                        features.stream().map(FeatureDay::accountExternalId).toArray(String[]::new))
                .column("date", features.stream().map(FeatureDay::day).toArray(LocalDate[]::new))
                .column("text", features.stream().map(FeatureDay::feature).toArray(String[]::new))
                .column(
                        "bigint",
                        features.stream().map(batch.featureUses()::get).toArray(Long[]::new));
        return Optional.of(NativeStatement.of(
                "INSERT INTO feature_day (account_external_id, day, feature, uses) SELECT * FROM " + rows.unnest()
                        + " ON CONFLICT (account_external_id, day, feature) DO UPDATE SET uses = feature_day.uses"
                        + " + excluded.uses",
                rows));
    }

    /**
     * Widens the span of days each data source sent anything, where the poll's days fall outside it; a poll inside the
     * span, the usual case, writes nothing.
     */
    private static Optional<NativeStatement> sources(ActivityBatch batch) {
        if (batch.sources().isEmpty()) {
            return Optional.empty();
        }
        List<SourceDays> sources = batch.sources();
        ColumnArrays rows = new ColumnArrays()
                .column(
                        "text",
                        sources.stream().map(SourceDays::accountExternalId).toArray(String[]::new))
                .column("text", sources.stream().map(SourceDays::source).toArray(String[]::new))
                .column("date", sources.stream().map(SourceDays::first).toArray(LocalDate[]::new))
                .column("date", sources.stream().map(SourceDays::last).toArray(LocalDate[]::new));
        return Optional.of(NativeStatement.of(
                "INSERT INTO signal_source (account_external_id, source, first_day, last_day) SELECT * FROM "
                        + rows.unnest() + " ON CONFLICT (account_external_id, source) DO UPDATE SET"
                        + " first_day = LEAST(signal_source.first_day, excluded.first_day),"
                        + " last_day = GREATEST(signal_source.last_day, excluded.last_day)"
                        + " WHERE excluded.first_day < signal_source.first_day"
                        + " OR excluded.last_day > signal_source.last_day",
                rows));
    }

    private static Optional<NativeStatement> npsAnswers(ActivityBatch batch) {
        if (batch.npsAnswers().isEmpty()) {
            return Optional.empty();
        }
        List<NpsAnswer> answers = batch.npsAnswers();
        ColumnArrays rows = new ColumnArrays()
                .column(
                        "text",
                        answers.stream().map(NpsAnswer::accountExternalId).toArray(String[]::new))
                .column("text", answers.stream().map(NpsAnswer::userId).toArray(String[]::new))
                .instants(answers.stream().map(NpsAnswer::answeredAt).toArray(Instant[]::new))
                .column("int", answers.stream().map(NpsAnswer::score).toArray(Integer[]::new));
        return Optional.of(NativeStatement.of(
                "INSERT INTO nps_response (account_external_id, user_id, answered_at, score) SELECT * FROM "
                        + rows.unnest(),
                rows));
    }

    private static Optional<NativeStatement> roiReports(ActivityBatch batch) {
        if (batch.roiReports().isEmpty()) {
            return Optional.empty();
        }
        List<RoiReport> reports = batch.roiReports();
        ColumnArrays rows = new ColumnArrays()
                .column(
                        "text",
                        reports.stream().map(RoiReport::accountExternalId).toArray(String[]::new))
                .column("text", reports.stream().map(RoiReport::metric).toArray(String[]::new))
                .column("numeric", reports.stream().map(RoiReport::value).toArray(BigDecimal[]::new))
                .instants(reports.stream().map(RoiReport::reportedAt).toArray(Instant[]::new));
        return Optional.of(NativeStatement.of(
                "INSERT INTO roi_report (account_external_id, metric, value, reported_at) SELECT * FROM "
                        + rows.unnest(),
                rows));
    }
}
