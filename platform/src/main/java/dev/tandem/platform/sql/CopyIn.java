package dev.tandem.platform.sql;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows streamed into a table with PostgreSQL's {@code COPY ... FROM STDIN}, the fastest way rows get into the
 * database: no statement per row, no parameters to bind, one round trip per 64 KB. The bulk paths (imports) write to
 * a staging table this way and merge from there with set-based statements, in the caller's JDBC transaction.
 *
 * <p>JDBC only: the reactive client has no COPY. It blocks, so it runs on a worker thread.
 *
 * <pre>{@code
 * try (CopyIn copy = CopyIn.into(connection, "staging (id, name)")) {
 *     copy.row(id, name);
 * }
 * }</pre>
 */
public final class CopyIn implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);

    private CopyIn(Writer out) {
        this.out = out;
    }

    /** Starts a COPY into {@code target}: a table and its columns, e.g. {@code "staging (id, name)"}. */
    public static CopyIn into(Connection connection, String target) throws SQLException {
        PGCopyOutputStream stream =
                new PGCopyOutputStream(connection.unwrap(PGConnection.class), "COPY " + target + " FROM STDIN", BUFFER);
        return new CopyIn(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER));
    }

    /** Adds a row: one value per column named in {@link #into}, in that order; null is SQL NULL. */
    public CopyIn row(Object... values) throws SQLException {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            appendField(line, values[i]);
        }
        line.append('\n');
        try {
            out.write(line.toString());
        } catch (IOException e) {
            throw new SQLException("COPY failed", e);
        }
        return this;
    }

    /** Ends the COPY; the rows are then in the table, visible to the rest of the transaction. */
    @Override
    public void close() throws SQLException {
        try {
            out.close();
        } catch (IOException e) {
            throw new SQLException("COPY could not be completed", e);
        }
    }

    /**
     * Appends {@code value} as a field of COPY's text format: {@code \N} for null, and the characters that would end a
     * field or a row escaped, so any text arrives as it was sent. Enums go by name, numbers without exponent, and the
     * {@code java.time} values and UUIDs in the ISO forms PostgreSQL reads.
     */
    static void appendField(StringBuilder line, Object value) {
        if (value == null) {
            line.append("\\N");
            return;
        }
        String text;
        if (value instanceof Enum<?> constant) {
            text = constant.name();
        } else if (value instanceof BigDecimal number) {
            text = number.toPlainString();
        } else {
            text = value.toString();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }
}
