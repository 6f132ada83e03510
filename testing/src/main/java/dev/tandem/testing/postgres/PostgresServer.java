package dev.tandem.testing.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server started from the zonky binaries, with its data under a directory of the caller's choice.
 *
 * <p>Tests use a throw-away directory and turn durability off for speed; the local stack keeps its directory between
 * runs, so a second start finds the data of the first. The server listens on 127.0.0.1 only and trusts local
 * connections: it is for development and tests, never for production.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    private static final String HOST = "127.0.0.1";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final long COMMAND_TIMEOUT_SECONDS = 120;

    private final Path binaries;
    private final Path baseDirectory;
    private final int port;
    private final boolean durable;

    private PostgresServer(Path binaries, Path baseDirectory, int port, boolean durable) {
        this.binaries = binaries;
        this.baseDirectory = baseDirectory;
        this.port = port;
        this.durable = durable;
    }

    /**
     * Starts a server on {@code port}, initialising {@code baseDirectory} first if it holds no database cluster yet.
     *
     * @param durable false turns fsync and synchronous commit off: for throw-away test data only
     */
    public static PostgresServer start(Path baseDirectory, int port, boolean durable) {
        PostgresServer server =
                new PostgresServer(PostgresBinaries.install(), baseDirectory.toAbsolutePath(), port, durable);
        server.initialiseIfNeeded();
        server.startServer();
        return server;
    }

    /** Stops a server left running by an earlier process, found through its data directory. */
    public static void stop(Path baseDirectory) {
        new PostgresServer(PostgresBinaries.install(), baseDirectory.toAbsolutePath(), 0, true).stop();
    }

    /** Tells whether a server is running on the cluster in {@code baseDirectory}. */
    public static boolean isRunning(Path baseDirectory) {
        Path data = baseDirectory.toAbsolutePath().resolve("data");
        if (!Files.exists(data.resolve("postmaster.pid"))) {
            return false;
        }
        PostgresServer server = new PostgresServer(PostgresBinaries.install(), baseDirectory.toAbsolutePath(), 0, true);
        return server.exec(List.of(server.tool("pg_ctl"), "-D", data.toString(), "status"), false) == 0;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + port + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://" + HOST + ":" + port + "/" + database;
    }

    /** Creates {@code database} unless it exists; safe to call from several test classes and restarts. */
    public synchronized void createDatabaseIfMissing(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
                var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (var result = exists.executeQuery()) {
                if (result.next()) {
                    return;
                }
            }
            try (var create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    /** Stops the server, waiting until it has shut down; does nothing if it is not running. */
    public void stop() {
        if (Files.exists(dataDirectory().resolve("postmaster.pid"))) {
            exec(List.of(tool("pg_ctl"), "-D", dataDirectory().toString(), "-m", "fast", "-w", "stop"), false);
        }
    }

    /** Starts the server again after {@link #stop()}, on the same port and data, as {@link #start} first did. */
    public void startAgain() {
        startServer();
    }

    @Override
    public void close() {
        stop();
    }

    /** Stops the server and deletes its data: for throw-away test clusters. */
    public void destroy() {
        stop();
        ProcessUser.deleteRecursively(baseDirectory);
    }

    private void initialiseIfNeeded() {
        if (Files.exists(dataDirectory().resolve("PG_VERSION"))) {
            return;
        }
        try {
            Files.createDirectories(baseDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProcessUser.deleteRecursively(dataDirectory());
        ProcessUser.handOver(baseDirectory);
        run(tool("initdb"), "-D", dataDirectory().toString(), "-U", USER, "-A", "trust", "-E", "UTF8", "--locale=C");
    }

    private void startServer() {
        List<String> options = new ArrayList<>(List.of(
                "-p",
                String.valueOf(port),
                "-c",
                "listen_addresses=" + HOST,
                "-c",
                "unix_socket_directories=''",
                "-c",
                "max_connections=300",
                // The default 128 MB holds less than health's daily aggregates and dedupe ids under a benchmark's
                // load, and the server then spends its time copying pages in and out of the OS cache (about a tenth
                // fewer signals aggregated a second). Memory is only taken as pages are used.
                "-c",
                "shared_buffers=1GB"));
        if (!durable) {
            options.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
        }
        // For profiling, settings separated by semicolons, e.g.
        // -Dtandem.postgres.settings=shared_preload_libraries=auto_explain;auto_explain.log_min_duration=50
        String extra = System.getProperty("tandem.postgres.settings", "");
        for (String setting : extra.split(";")) {
            if (!setting.isBlank()) {
                options.addAll(List.of("-c", setting.strip()));
            }
        }
        run(
                tool("pg_ctl"),
                "-D",
                dataDirectory().toString(),
                "-l",
                baseDirectory.resolve("postgres.log").toString(),
                "-o",
                String.join(" ", options),
                "-w",
                "-t",
                "60",
                "start");
    }

    private Path dataDirectory() {
        return baseDirectory.resolve("data");
    }

    private String tool(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    private void run(String... command) {
        exec(List.of(command), true);
    }

    private int exec(List<String> command, boolean mustSucceed) {
        try {
            Process process = new ProcessBuilder(ProcessUser.command(command.toArray(String[]::new)))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + command);
            }
            if (mustSucceed && process.exitValue() != 0) {
                throw new IllegalStateException(
                        "Failed (exit " + process.exitValue() + "): " + command + "\n" + output + logTail());
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        }
    }

    private String logTail() {
        Path log = baseDirectory.resolve("postgres.log");
        try {
            return Files.exists(log) ? "\nServer log:\n" + Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
