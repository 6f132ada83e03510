package dev.tandem.testing.fuzz;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What a service has stored, in one line: per table its row count and newest row version. Any insert, update or
 * delete changes it. The platform's own bookkeeping (outbox, inbox, job and change queues) moves on its own and is
 * left out.
 */
final class DatabaseFingerprint implements AutoCloseable {

    private final Connection connection;
    private final String query;

    DatabaseFingerprint() throws SQLException {
        Config config = ConfigProvider.getConfig();
        this.connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class)
                        .orElse("postgres"),
                config.getOptionalValue("quarkus.datasource.password", String.class)
                        .orElse(""));
        List<String> parts = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")) {
            while (tables.next()) {
                String table = tables.getString(1);
                if (!isBookkeeping(table)) {
                    parts.add("(SELECT '" + table
                            + ":' || count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM \"" + table + "\")");
                }
            }
        }
        this.query = parts.isEmpty() ? "SELECT ''" : "SELECT " + String.join(" || ' ' || ", parts);
    }

    String read() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }

    private static boolean isBookkeeping(String table) {
        return table.startsWith("flyway")
                || table.contains("outbox")
                || table.contains("processed_event")
                || table.contains("job")
                || table.contains("change")
                || table.contains("lease")
                || table.contains("dirty")
                || table.contains("queue");
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
