package dev.tandem.platform.sql;

import io.smallrye.mutiny.Uni;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A native insert, update or delete with its named parameters, to run alone or with others as one statement
 * ({@link #together}): a transaction writing several tables then waits for the database once instead of once a table.
 * A consumer applying a poll of signals was bound by exactly those waits, not by the work of its writes.
 */
public record NativeStatement(String sql, Map<String, Object> parameters) {

    public NativeStatement {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A statement whose only parameters are the column arrays of {@code rows}. */
    public static NativeStatement of(String sql, ColumnArrays rows) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        rows.bind(parameters::put);
        return new NativeStatement(sql, parameters);
    }

    /** Runs it in the current reactive session (and its transaction, if any). */
    public Uni<Void> execute() {
        return NativeSql.execute(sql, parameters);
    }

    /** Runs the statements as one ({@link #together}); nothing when there are none. */
    public static Uni<Void> executeTogether(List<NativeStatement> statements) {
        return statements.isEmpty()
                ? Uni.createFrom().voidItem()
                : together(statements).execute();
    }

    /**
     * The statements as one: all but the last as data-modifying {@code WITH} queries, the last as the main statement.
     * PostgreSQL runs each of them once, all on one snapshot, so none may read what another writes or write a row
     * another writes; statements writing different tables, as here, are safe. None may have a {@code WITH} clause of
     * its own. Parameters are renamed apart: the second statement's {@code :size} becomes {@code :s1_size}.
     */
    public static NativeStatement together(List<NativeStatement> statements) {
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("No statements");
        }
        if (statements.size() == 1) {
            return statements.get(0);
        }
        StringBuilder sql = new StringBuilder("WITH ");
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            NativeStatement statement = statements.get(i);
            String prefix = "s" + i + "_";
            String renamed = renameParameters(statement.sql(), prefix);
            statement.parameters().forEach((name, value) -> parameters.put(prefix + name, value));
            if (i < statements.size() - 1) {
                sql.append(i == 0 ? "" : ", ")
                        .append("w")
                        .append(i)
                        .append(" AS (")
                        .append(renamed)
                        .append(")");
            } else {
                sql.append(' ').append(renamed);
            }
        }
        return new NativeStatement(sql.toString(), parameters);
    }

    /**
     * Prefixes each named parameter ({@code :name}) of {@code sql}; a cast ({@code ::type}) and anything in a quoted
     * literal or identifier are left as they are.
     */
    static String renameParameters(String sql, String prefix) {
        StringBuilder renamed = new StringBuilder(sql.length() + 16);
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            renamed.append(c);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ':'
                    && (i == 0 || sql.charAt(i - 1) != ':')
                    && i + 1 < sql.length()
                    && (Character.isLetter(sql.charAt(i + 1)) || sql.charAt(i + 1) == '_')) {
                renamed.append(prefix);
            }
        }
        return renamed.toString();
    }
}
