package dev.tandem.health.scoring.repository;

import dev.tandem.health.change.SubjectKind;
import dev.tandem.health.domain.metric.Metric;
import dev.tandem.health.scoring.domain.DailyValues;
import dev.tandem.health.scoring.domain.DayRange;
import dev.tandem.health.scoring.domain.MetricReadPlan;
import dev.tandem.health.scoring.domain.MetricReadPlan.DailyPass;
import dev.tandem.health.scoring.domain.MetricReadPlan.SingleRead;
import dev.tandem.health.scoring.domain.SourceSpans;
import dev.tandem.platform.sql.NativeSql;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads a kind of subject's metric values from its tables, for each day of a range and over each window ending that
 * day: the daily figures in one pass over the subjects' daily counts ({@code account_day}, {@code user_signal_day}: the
 * same counters), for one day every window's at once, for a range of days a pass a window; each other metric by a read
 * of its own. A read joins the subjects with
 * the days of the range, so scoring today and rebuilding months of history are the same statements; many subjects cost
 * one query per read, not one per subject or day. A subject without data on a day is absent from an answer. Its beans
 * are {@code @Singleton}s: they keep no state, and a client proxy would need a constructor without arguments.
 */
abstract class MetricTables<S> implements MetricSource<S> {

    private static final String SOURCES = "SELECT account_external_id, source, first_day, last_day FROM signal_source"
            + " WHERE account_external_id = ANY(CAST(:accounts AS text[]))";

    private final SubjectKind<S> kind;
    private final String dailyCounts;
    private final List<String> keyColumns;
    private final int lookBackDays;

    /**
     * @param dailyCounts the table of the subjects' daily counts
     * @param keyColumns its columns naming a subject, in the kind's column order
     * @param lookBackDays how long after its last signal a data source counts as connected
     */
    MetricTables(SubjectKind<S> kind, String dailyCounts, List<String> keyColumns, int lookBackDays) {
        this.kind = kind;
        this.dailyCounts = dailyCounts;
        this.keyColumns = keyColumns;
        this.lookBackDays = lookBackDays;
    }

    /**
     * A read of its own of {@code metric} over windows of {@code windowDays} ending each day of {@code days}; an empty
     * answer where the metric means nothing for these subjects.
     */
    protected abstract Uni<Map<S, Map<LocalDate, BigDecimal>>> ownRead(
            Metric metric, Set<S> subjects, DayRange days, long windowDays);

    /** Reads values the plan does not hold, such as CSMs' manual points, into {@code values}. */
    protected Uni<Void> readOthers(Set<S> subjects, DailyValues<S> values) {
        return Uni.createFrom().voidItem();
    }

    /** Whether {@code metric} means something for these subjects. */
    protected boolean meaningful(Metric metric) {
        return true;
    }

    @Override
    public Uni<DailyValues<S>> read(MetricReadPlan<S> plan, Collection<S> subjects, DayRange days) {
        DailyValues<S> values = new DailyValues<>(days, lookBackDays, this::accountOf, this::meaningful);
        Set<S> all = new LinkedHashSet<>(subjects);
        // One after another: a reactive session runs one statement at a time.
        Uni<Void> reading = readSources(all, values).chain(() -> readOthers(all, values));
        for (SingleRead<S> read : plan.singles()) {
            Metric metric = Metric.byKey(read.metric()).orElseThrow();
            reading = reading.chain(() -> ownRead(metric, read.subjects(), days, read.windowDays())
                    .invoke(found -> found.forEach((subject, byDay) ->
                            byDay.forEach((day, value) -> values.putMetric(read.key(), subject, day, value))))
                    .replaceWithVoid());
        }
        if (days.length() == 1) {
            List<DailyPass<S>> passes = List.copyOf(plan.dailyPasses());
            if (!passes.isEmpty()) {
                reading = reading.chain(() -> oneDay(passes, days, values));
            }
        } else {
            for (DailyPass<S> pass : plan.dailyPasses()) {
                reading = reading.chain(() -> rangePass(pass, days, values));
            }
        }
        return reading.replaceWith(values);
    }

    private Uni<Void> readSources(Set<S> subjects, DailyValues<S> values) {
        Set<String> accounts = subjects.stream().map(this::accountOf).collect(Collectors.toSet());
        if (accounts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return NativeSql.rows(SOURCES, Map.of("accounts", accounts.toArray(String[]::new)))
                .invoke(rows -> {
                    Map<String, SourceSpans> spans = new HashMap<>();
                    rows.forEach(r -> spans.computeIfAbsent((String) r[0], a -> new SourceSpans())
                            .with((String) r[1], day(r[2]), day(r[3])));
                    spans.forEach(values::putSources);
                })
                .replaceWithVoid();
    }

    /**
     * One day, every pass at once: the rows of the longest window are read once and each figure is aggregated over the
     * rows of its own window. A statement a pass read the same rows once per window (three passes over
     * {@code account_day} were two thirds of the database's time in a full rescore). A figure whose window holds no row
     * is null, so the subject has no value for it, as when its pass was read alone.
     */
    private Uni<Void> oneDay(List<DailyPass<S>> passes, DayRange days, DailyValues<S> values) {
        long longest = passes.stream().mapToLong(DailyPass::windowDays).max().orElseThrow();
        // Only catalogue expressions and window lengths reach the statement: no other text is ever put into it.
        List<String> figures = new ArrayList<>();
        Set<S> subjects = new LinkedHashSet<>();
        for (DailyPass<S> pass : passes) {
            String inWindow = " FILTER (WHERE x.day > d.day - " + pass.windowDays() + ")";
            pass.metrics()
                    .forEach(key -> figures.add("CASE WHEN count(*)" + inWindow + " > 0 THEN "
                            + figure(Metric.byKey(key).orElseThrow(), inWindow) + " END"));
            subjects.addAll(pass.subjects());
        }
        // The day itself, not a series of one day: the planner takes a series of parameters for a thousand days, and
        // with a few hundred subjects and six figures it would rather sort all of the table than probe its index.
        String sql = "SELECT " + selectKeys() + ", d.day, " + String.join(", ", figures) + " FROM unnest("
                + keyArrays() + ") AS k (" + keyNames() + ") CROSS JOIN (SELECT CAST(:day AS date) AS day) d JOIN "
                + dailyCounts + " x ON " + joinKeys("x") + " AND x.day BETWEEN d.day - " + (longest - 1)
                + " AND d.day GROUP BY " + selectKeys() + ", d.day";
        Map<String, Object> parameters = keyParameters(subjects);
        parameters.put("day", days.from());
        return NativeSql.rows(sql, parameters)
                .invoke(rows -> put(rows, passes, values))
                .replaceWithVoid();
    }

    private Uni<Void> rangePass(DailyPass<S> pass, DayRange days, DailyValues<S> values) {
        return rows(rangePass(pass), pass.subjects(), days)
                .invoke(rows -> put(rows, List.of(pass), values))
                .replaceWithVoid();
    }

    /**
     * Puts the figures of {@code rows} (keys, day, then each pass's figures in order) in {@code values}, for the
     * subjects each pass was planned for.
     */
    private void put(List<Object[]> rows, List<DailyPass<S>> passes, DailyValues<S> values) {
        for (Object[] row : rows) {
            S subject = kind.fromRow(row);
            LocalDate day = day(row[keyColumns.size()]);
            int column = keyColumns.size() + 1;
            for (DailyPass<S> pass : passes) {
                for (String metric : pass.metrics()) {
                    Object value = row[column++];
                    if (value != null && pass.subjects().contains(subject)) {
                        values.putMetric(pass.keyOf(metric), subject, day, new BigDecimal(value.toString()));
                    }
                }
            }
        }
    }

    /**
     * Many days: each subject's days from the first window's start, its counts where it has a row, each figure summed
     * over a sliding window of the pass's length. A row is read once however many windows it is in, where a join per
     * day would read it once per window.
     */
    private String rangePass(DailyPass<S> pass) {
        String figures = pass.metrics().stream()
                .map(key -> figure(Metric.byKey(key).orElseThrow(), " OVER w"))
                .collect(Collectors.joining(", "));
        return "SELECT * FROM (SELECT " + selectKeys() + ", d.day, " + figures + " FROM "
                + subjectsAndDays(pass.windowDays() - 1)
                + " LEFT JOIN " + dailyCounts + " x ON " + joinKeys("x") + " AND x.day = d.day"
                + " WINDOW w AS (PARTITION BY " + selectKeys() + " ORDER BY d.day ROWS BETWEEN "
                + (pass.windowDays() - 1) + " PRECEDING AND CURRENT ROW)) windows WHERE day >= CAST(:from AS date)";
    }

    /**
     * The aggregate that gives a daily figure over rows of daily counts, {@code x}, with {@code over} after each
     * aggregate call (a window, or nothing).
     */
    private static String figure(Metric metric, String over) {
        return switch (metric.reading()) {
            case DAILY_COUNT -> "sum(x." + metric.key() + ")" + over;
            case DAILY_FIGURE ->
                switch (metric) {
                    case ACTIVE_DAYS -> "count(x.last_seen_at)" + over;
                    // No sends, no rate: NULL rather than a rate of zero.
                    case EMAIL_OPEN_RATE ->
                        "CAST(sum(x.emails_opened)" + over + " AS numeric) / NULLIF(sum(x.emails_sent)" + over + ", 0)";
                    default -> throw new IllegalStateException("No daily figure for " + metric);
                };
            case OWN_READ -> throw new IllegalArgumentException(metric + " is read on its own");
        };
    }

    /**
     * The subjects ({@code k}, with columns {@code key0}, {@code key1}, …) joined with the days of the range
     * ({@code d.day}): a {@code FROM} item whose parameters {@link #rows} binds.
     */
    protected String subjectsAndDays() {
        return subjectsAndDays(0);
    }

    /** As {@link #subjectsAndDays()}, the days starting {@code before} days before the range. */
    private String subjectsAndDays(long before) {
        return "unnest(" + keyArrays() + ") AS k (" + keyNames() + ") CROSS JOIN (SELECT CAST(g AS date) AS day FROM"
                + " generate_series(CAST(:from AS timestamp) - interval '" + before
                + " days', CAST(:to AS timestamp), interval '1 day') g) d";
    }

    /** The subjects' key columns as array parameters, {@link #keyParameters}'s. */
    private String keyArrays() {
        return IntStream.range(0, keyColumns.size())
                .mapToObj(c -> "CAST(:key" + c + " AS text[])")
                .collect(Collectors.joining(", "));
    }

    private String keyNames() {
        return IntStream.range(0, keyColumns.size()).mapToObj(c -> "key" + c).collect(Collectors.joining(", "));
    }

    /** The subjects' key columns, each an array, bound to {@code key0}, {@code key1}, …. */
    private Map<String, Object> keyParameters(Collection<S> subjects) {
        Map<String, Object> parameters = new HashMap<>();
        String[][] columns = kind.columnsOf(List.copyOf(new LinkedHashSet<>(subjects)));
        for (int c = 0; c < columns.length; c++) {
            parameters.put("key" + c, columns[c]);
        }
        return parameters;
    }

    /** The condition joining table {@code alias}'s key columns to the subjects. */
    protected String joinKeys(String alias) {
        return IntStream.range(0, keyColumns.size())
                .mapToObj(c -> alias + "." + keyColumns.get(c) + " = k.key" + c)
                .collect(Collectors.joining(" AND "));
    }

    /** The subjects' key columns, to select and group by. */
    protected String selectKeys() {
        return IntStream.range(0, keyColumns.size()).mapToObj(c -> "k.key" + c).collect(Collectors.joining(", "));
    }

    /** The rows of a query over {@link #subjectsAndDays()}, each starting with the subject's keys and the day. */
    protected Uni<List<Object[]>> rows(String sql, Collection<S> subjects, DayRange days) {
        if (subjects.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Map<String, Object> parameters = keyParameters(subjects);
        parameters.put("from", days.from().atStartOfDay());
        parameters.put("to", days.to().atStartOfDay());
        return NativeSql.rows(sql, parameters);
    }

    /** One value a subject and day, after the keys and the day: {@code subject -> day -> value}. */
    protected Uni<Map<S, Map<LocalDate, BigDecimal>>> valuesByDay(String sql, Collection<S> subjects, DayRange days) {
        return rows(sql, subjects, days).map(rows -> {
            Map<S, Map<LocalDate, BigDecimal>> values = new HashMap<>();
            for (Object[] row : rows) {
                Object value = row[keyColumns.size() + 1];
                if (value != null) {
                    values.computeIfAbsent(kind.fromRow(row), s -> new HashMap<>())
                            .put(day(row[keyColumns.size()]), new BigDecimal(value.toString()));
                }
            }
            return values;
        });
    }

    protected static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
