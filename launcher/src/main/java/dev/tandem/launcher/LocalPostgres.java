package dev.tandem.launcher;

import dev.tandem.testing.postgres.PostgresServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The stack's PostgreSQL: durable data in {@code .tandem/postgres}, kept between runs, and one database per service.
 *
 * <p>pg_ctl runs the server in a session of its own, so it outlives the launcher like the other components.
 */
final class LocalPostgres {

    private final StateLayout layout;

    LocalPostgres(StateLayout layout) {
        this.layout = layout;
    }

    /** Starts the server (initialising the data directory on first use) and creates the missing databases. */
    void start(StackPlan plan) {
        PostgresServer server = PostgresServer.start(layout.postgres(), plan.postgresPort(), true);
        plan.databases().forEach(server::createDatabaseIfMissing);
        linkLog();
    }

    boolean isRunning() {
        return Files.exists(pidFile()) && PostgresServer.isRunning(layout.postgres());
    }

    void stop() {
        PostgresServer.stop(layout.postgres());
    }

    /** The postmaster's pid, from the pid file PostgreSQL keeps in its data directory. */
    Optional<Long> pid() {
        try {
            String first = Files.readAllLines(pidFile(), StandardCharsets.UTF_8).get(0);
            return Optional.of(Long.parseLong(first.trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static boolean acceptsConnections(int port) {
        DriverManager.setLoginTimeout(2);
        try (var connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", PostgresServer.USER, "")) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    Path log() {
        return layout.postgres().resolve("postgres.log");
    }

    private Path pidFile() {
        return layout.postgres().resolve("data/postmaster.pid");
    }

    // PostgresServer writes its log beside the data; a link puts it with the other components' logs.
    private void linkLog() {
        Path link = layout.log(StackPlan.POSTGRES);
        try {
            if (!Files.isSymbolicLink(link)) {
                Files.deleteIfExists(link);
                Files.createSymbolicLink(link, link.getParent().relativize(log()));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // The log is still in .tandem/postgres; the link is a convenience.
        }
    }
}
