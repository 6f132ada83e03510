package dev.tandem.health.imports.domain;

import dev.tandem.health.domain.metric.Metric;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily metric values gathered into one row per account and day, a column per daily count, as the daily aggregates
 * keep them: the database then takes a tenth of the rows a file has and needs no pivot of its own. A value given twice
 * for the same account, day and metric keeps the larger, as a pivot with {@code max} would.
 */
public final class AccountDayValues {

    /** Receives one account's day: a value per {@link #columns()} entry, {@link #ABSENT} where the file had none. */
    public interface RowWriter {
        void row(String account, LocalDate day, long[] values);
    }

    public static final long ABSENT = -1;

    private final List<Metric> columns;
    private final Map<Metric, Integer> positions = new EnumMap<>(Metric.class);
    private final Map<AccountDay, long[]> rows = new LinkedHashMap<>();

    private record AccountDay(String account, LocalDate day) {}

    public AccountDayValues(List<Metric> columns) {
        this.columns = List.copyOf(columns);
        for (int i = 0; i < this.columns.size(); i++) {
            positions.put(this.columns.get(i), i);
        }
    }

    /** The metrics, in the order of each row's values. */
    public List<Metric> columns() {
        return columns;
    }

    /** Adds a value (0 or more) of one of {@link #columns()}. */
    public void add(String account, LocalDate day, Metric metric, long value) {
        Integer position = positions.get(metric);
        if (position == null) {
            throw new IllegalArgumentException(metric + " is not a column");
        }
        long[] values = rows.computeIfAbsent(new AccountDay(account, day), key -> {
            long[] empty = new long[columns.size()];
            Arrays.fill(empty, ABSENT);
            return empty;
        });
        values[position] = Math.max(values[position], value);
    }

    public int size() {
        return rows.size();
    }

    /** Each account's day, in the order first seen. */
    public void forEach(RowWriter writer) {
        rows.forEach((key, values) -> writer.row(key.account(), key.day(), values));
    }
}
