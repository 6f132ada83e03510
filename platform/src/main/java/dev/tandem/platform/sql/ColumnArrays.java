package dev.tandem.platform.sql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Many rows for one native statement, bound as one array per column and turned back into rows by PostgreSQL's
 * {@code unnest}: {@code INSERT INTO t (a, b) SELECT * FROM } + {@link #unnest()}.
 *
 * <p>Why not a {@code VALUES} list: its text changes with every row count, so nothing about it can be prepared once,
 * and it binds a parameter per value. Hibernate spends more time on thousands of named parameters than PostgreSQL
 * spends on the rows; a consumer writing a poll of signals was bound by exactly that. Here the text is the same for
 * any number of rows and binds a parameter per column.
 *
 * <p>The parameters are named {@code column0}, {@code column1}, …: one instance per statement.
 */
public final class ColumnArrays {

    private final List<String> columns = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /**
     * Adds a column: {@code values} holds one element per row (all columns equally long; nulls allowed), and
     * {@code sqlType} is the element's PostgreSQL type, e.g. {@code text} or {@code timestamptz}.
     */
    public ColumnArrays column(String sqlType, Object[] values) {
        return add("CAST(:%s AS " + sqlType + "[])", values);
    }

    /**
     * Adds a {@code timestamptz} column (nulls allowed). The instants travel as ISO-8601 text: Hibernate hands a
     * timestamp array to the driver as {@code Instant[]}, which the reactive driver cannot encode.
     */
    public ColumnArrays instants(Instant[] values) {
        String[] text = Arrays.stream(values)
                .map(value -> value == null ? null : value.toString())
                .toArray(String[]::new);
        return add("CAST(CAST(:%s AS text[]) AS timestamptz[])", text);
    }

    private ColumnArrays add(String castTemplate, Object[] values) {
        if (!parameters.isEmpty() && values.length != rows()) {
            throw new IllegalArgumentException(
                    "Column of " + values.length + " values next to columns of " + rows() + " values");
        }
        String name = "column" + columns.size();
        columns.add(castTemplate.formatted(name));
        parameters.put(name, values);
        return this;
    }

    /** {@code unnest(CAST(:column0 AS text[]), ...)}: the rows, as a set-returning function for a FROM clause. */
    public String unnest() {
        if (columns.isEmpty()) {
            throw new IllegalStateException("No columns");
        }
        return "unnest(" + String.join(", ", columns) + ")";
    }

    /** Binds the arrays, e.g. {@code columns.bind(query::setParameter)}. */
    public void bind(BiConsumer<String, Object> setParameter) {
        parameters.forEach(setParameter);
    }

    private int rows() {
        return ((Object[]) parameters.values().iterator().next()).length;
    }
}
