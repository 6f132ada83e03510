package dev.tandem.health;

import dev.tandem.testing.EmbeddedInfrastructure;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** health-service's database, read and written by tests straight over JDBC, beside the service's own connections. */
public final class HealthDatabase {

    private HealthDatabase() {}

    /** The first column of the first row {@code sql} returns, as text; null if it returns none. */
    public static String value(String sql) throws SQLException {
        try (Connection connection = connect();
                var result = connection.createStatement().executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        }
    }

    /** The count (or other whole number) {@code sql} returns. */
    public static int count(String sql) throws SQLException {
        return Integer.parseInt(value(sql));
    }

    /** Runs statements, e.g. to set a trigger up. */
    public static void execute(String sql) throws SQLException {
        try (Connection connection = connect()) {
            connection.createStatement().execute(sql);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                EmbeddedInfrastructure.shared().postgres().jdbcUrl("health"), "postgres", "");
    }
}
