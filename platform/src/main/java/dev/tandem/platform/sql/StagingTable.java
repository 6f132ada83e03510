package dev.tandem.platform.sql;

import dev.tandem.platform.profile.Stage;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rows written to a table by set, the shape every bulk path shares: the rows are streamed with {@link CopyIn} into a
 * staging table of the session, and statements merge them from there into the table, in the caller's JDBC
 * transaction. However many rows, that is three round trips and no statement per row. Blocks.
 *
 * <pre>{@code
 * StagingTable<Account> staged = new StagingTable<>("account", "staged_account", List.of("id", "name"),
 *         a -> new Object[] {a.id, a.name});
 * staged.write(connection, accounts, staged.upsert("id", List.of("name")));
 * }</pre>
 *
 * @param <T> what a row is made from
 */
public final class StagingTable<T> {

    private final String table;
    private final String name;
    private final List<String> columns;
    private final Function<T, Object[]> values;
    private final String create;

    /**
     * @param table the table the rows are for
     * @param name the staging table's name, one per table and set of columns
     * @param columns the columns staged, as {@code table} names them
     * @param values a row's values, one per column in that order
     */
    public StagingTable(String table, String name, List<String> columns, Function<T, Object[]> values) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("No columns");
        }
        this.table = table;
        this.name = name;
        this.columns = List.copyOf(columns);
        this.values = values;
        // Only the staged columns, with the table's types and none of its constraints, so a staging table may hold a
        // part of a row. Kept for the session and emptied at each commit: a table created per chunk would churn the
        // catalogue. Created in a transaction that rolls back, it is gone with it, and the next one creates it again.
        this.create = "CREATE TEMP TABLE IF NOT EXISTS " + name + " ON COMMIT DELETE ROWS AS SELECT " + list()
                + " FROM " + table + " WITH NO DATA";
    }

    public String name() {
        return name;
    }

    /**
     * The statement that inserts the staged rows, or, where one conflicts on {@code conflictTarget}, sets
     * {@code updated} from it (none: the existing row is left as it is).
     */
    public String upsert(String conflictTarget, List<String> updated) {
        return insert()
                + (updated.isEmpty()
                        ? " ON CONFLICT (" + conflictTarget + ") DO NOTHING"
                        : " ON CONFLICT (" + conflictTarget + ") DO UPDATE SET "
                                + updated.stream()
                                        .map(c -> c + " = excluded." + c)
                                        .collect(Collectors.joining(", ")));
    }

    /** The statement that inserts the staged rows. */
    public String insert() {
        return "INSERT INTO " + table + " (" + list() + ") SELECT " + list() + " FROM " + name;
    }

    /** The statement that sets {@code updated} of the existing rows from the staged rows with the same {@code key}. */
    public String update(String key, List<String> updated) {
        return "UPDATE " + table + " t SET "
                + updated.stream().map(c -> c + " = s." + c).collect(Collectors.joining(", "))
                + " FROM " + name + " s WHERE t." + key + " = s." + key;
    }

    /** Stages {@code rows}, then runs {@code statements} in order; nothing at all when there are no rows. */
    public void write(Connection connection, Collection<? extends T> rows, String... statements) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Stage stage = Stage.begin("COPY into " + name);
        try (Statement statement = connection.createStatement()) {
            statement.execute(create);
            try (CopyIn copy = CopyIn.into(connection, name + " (" + list() + ")")) {
                for (T row : rows) {
                    copy.row(values.apply(row));
                }
            }
            stage = stage.next("merge from " + name);
            for (String merge : statements) {
                statement.executeUpdate(merge);
            }
        } finally {
            stage.done();
        }
    }

    private String list() {
        return String.join(", ", columns);
    }
}
