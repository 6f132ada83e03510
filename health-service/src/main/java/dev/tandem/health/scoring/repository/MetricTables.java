package dev.tandem.health.scoring.repository;

import dev.tandem.health.change.SubjectKind;
import dev.tandem.health.domain.metric.Metric;
import dev.tandem.health.scoring.domain.MeasureValues;
import dev.tandem.health.scoring.domain.MetricReadPlan;
import dev.tandem.health.scoring.domain.MetricReadPlan.DailyPass;
import dev.tandem.health.scoring.domain.MetricReadPlan.SingleRead;
import dev.tandem.platform.sql.NativeSql;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Reads a kind of subject's metric values from its tables: the daily figures of one window in one pass over its daily
 * counts ({@code account_day}, {@code user_signal_day}: the same counters), each other metric by a read of its own.
 * Many subjects cost one query per metric read, not one per subject. A subject without data is absent from an answer.
 * Its beans are {@code @Singleton}s: they keep no state, and a client proxy would need a constructor without arguments.
 */
abstract class MetricTables<S> implements MetricSource<S> {

    private final SubjectKind<S> kind;
    private final String dailyCounts;
    private final List<String> keyColumns;

    /**
     * @param dailyCounts the table of the subjects' daily counts
     * @param keyColumns its columns naming a subject, in the kind's column order
     */
    MetricTables(SubjectKind<S> kind, String dailyCounts, List<String> keyColumns) {
        this.kind = kind;
        this.dailyCounts = dailyCounts;
        this.keyColumns = keyColumns;
    }

    /** A read of its own of {@code metric} over the days from {@code from}; empty where it means nothing here. */
    protected abstract Uni<Map<S, BigDecimal>> ownRead(Metric metric, Set<S> subjects, LocalDate from);

    /** Reads values the plan does not hold, such as CSMs' manual values, into {@code values}. */
    protected Uni<Void> readOthers(Set<S> subjects, LocalDate day, MeasureValues<S> values) {
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<MeasureValues<S>> read(MetricReadPlan<S> plan, LocalDate day) {
        MeasureValues<S> values = new MeasureValues<>();
        Set<S> all = new LinkedHashSet<>();
        plan.singles().forEach(read -> all.addAll(read.subjects()));
        plan.dailyPasses().forEach(pass -> all.addAll(pass.subjects()));
        // One after another: a reactive session runs one statement at a time.
        Uni<Void> reading = readOthers(all, day, values);
        for (SingleRead<S> read : plan.singles()) {
            Metric metric = Metric.byKey(read.metric()).orElseThrow();
            reading = reading.chain(() -> ownRead(metric, read.subjects(), from(day, read.windowDays()))
                    .invoke(found -> values.putMetric(read.key(), found))
                    .replaceWithVoid());
        }
        for (DailyPass<S> pass : plan.dailyPasses()) {
            reading = reading.chain(() -> dailyPass(pass, day)
                    .invoke(found ->
                            found.forEach((metric, bySubject) -> values.putMetric(pass.keyOf(metric), bySubject)))
                    .replaceWithVoid());
        }
        return reading.replaceWith(values);
    }

    private static LocalDate from(LocalDate day, long windowDays) {
        return day.minusDays(windowDays - 1);
    }

    private Uni<Map<String, Map<S, BigDecimal>>> dailyPass(DailyPass<S> pass, LocalDate day) {
        List<String> figures = pass.metrics().stream()
                .map(key -> figure(Metric.byKey(key).orElseThrow()))
                .toList();
        String keys = String.join(", ", keyColumns);
        // Only catalogue expressions reach the statement: no other text is ever put into it.
        String sql = "SELECT " + keys + ", " + String.join(", ", figures) + " FROM " + dailyCounts + " WHERE "
                + subjectFilter() + " AND day >= :from GROUP BY " + keys;
        return rows(sql, pass.subjects(), Map.of("from", from(day, pass.windowDays())))
                .map(rows -> valuesByColumn(pass.metrics(), rows));
    }

    /** The aggregate that gives a daily figure over rows of daily counts. */
    private static String figure(Metric metric) {
        return switch (metric.reading()) {
            case DAILY_COUNT -> "sum(" + metric.key() + ")";
            case DAILY_FIGURE ->
                switch (metric) {
                    case ACTIVE_DAYS -> "count(last_seen_at)";
                    // No sends, no rate: NULL rather than a rate of zero.
                    case EMAIL_OPEN_RATE -> "CAST(sum(emails_opened) AS numeric) / NULLIF(sum(emails_sent), 0)";
                    default -> throw new IllegalStateException("No daily figure for " + metric);
                };
            case OWN_READ -> throw new IllegalArgumentException(metric + " is read on its own");
        };
    }

    /** The condition that selects the subjects' rows, by their key columns: {@code :key0}, {@code :key1}, … */
    protected String subjectFilter() {
        return String.join(
                " AND ",
                IntStream.range(0, keyColumns.size())
                        .mapToObj(c -> keyColumns.get(c) + " = ANY(CAST(:key" + c + " AS text[]))")
                        .toList());
    }

    /**
     * The rows of a query filtered by {@link #subjectFilter()}, by the subject their first columns name. A filter of
     * two columns selects a superset of the pairs asked (a user id may recur in another account asked): the rows of
     * subjects not asked are dropped.
     */
    protected Uni<Map<S, Object[]>> rows(String sql, Collection<S> subjects, Map<String, Object> parameters) {
        if (subjects.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Map<String, Object> all = new HashMap<>(parameters);
        List<S> asked = List.copyOf(new LinkedHashSet<>(subjects));
        String[][] columns = kind.columnsOf(asked);
        for (int c = 0; c < columns.length; c++) {
            all.put("key" + c, new LinkedHashSet<>(List.of(columns[c])).toArray(String[]::new));
        }
        Set<S> wanted = Set.copyOf(asked);
        return NativeSql.rows(sql, all).map(rows -> {
            Map<S, Object[]> bySubject = new HashMap<>();
            for (Object[] row : rows) {
                S subject = kind.fromRow(row);
                if (wanted.contains(subject)) {
                    bySubject.put(subject, row);
                }
            }
            return bySubject;
        });
    }

    /** The one value after the key columns of each row; a null is no value. */
    protected Uni<Map<S, BigDecimal>> values(String sql, Collection<S> subjects, Map<String, Object> parameters) {
        return rows(sql, subjects, parameters)
                .map(rows -> valuesByColumn(List.of("value"), rows).get("value"));
    }

    /** {@code name -> subject -> value} of the columns after the key columns; a null is no value. */
    private Map<String, Map<S, BigDecimal>> valuesByColumn(List<String> names, Map<S, Object[]> rows) {
        int first = keyColumns.size();
        Map<String, Map<S, BigDecimal>> values = new HashMap<>();
        names.forEach(name -> values.put(name, new HashMap<>()));
        rows.forEach((subject, row) -> {
            for (int i = 0; i < names.size(); i++) {
                if (row[first + i] != null) {
                    values.get(names.get(i)).put(subject, new BigDecimal(row[first + i].toString()));
                }
            }
        });
        return values;
    }
}
