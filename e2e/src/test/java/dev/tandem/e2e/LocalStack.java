package dev.tandem.e2e;

import dev.tandem.simulator.platform.Endpoints;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The whole platform as {@code ./tandem up -d --no-demo} starts it, once per test JVM: its own state directory under
 * {@code e2e/target/stack} and free ports, so it never meets a developer's running stack. Stopped with
 * {@code ./tandem down} when the JVM ends.
 *
 * <p>The fault-injection suites stop, kill and restart single components through the launcher, as a developer would,
 * and leave the stack whole again for the suites after them.
 */
final class LocalStack {

    private static LocalStack shared;

    private final Path root;
    private final Map<String, String> environment = new HashMap<>();
    private final Endpoints endpoints;
    private final URI gateway;
    private final String kafkaBootstrapServers;
    private final URI mailCatcher;

    private LocalStack(Path root) {
        this.root = root;
        Map<String, Integer> ports = new HashMap<>();
        FreePorts freePorts = FreePorts.belowEphemeralRange();
        for (String variable : List.of(
                "TANDEM_POSTGRES_PORT",
                "TANDEM_KAFKA_PORT",
                "TANDEM_KAFKA_CONTROLLER_PORT",
                "TANDEM_KEYCLOAK_PORT",
                "TANDEM_KEYCLOAK_MANAGEMENT_PORT",
                "TANDEM_GATEWAY_PORT",
                "TANDEM_ACCOUNT_PORT",
                "TANDEM_HEALTH_PORT",
                "TANDEM_CTA_PORT",
                "TANDEM_CONTENT_PORT",
                // The mail catcher: never the fixed 1025/8025 of a developer's stack running on the same machine.
                "TANDEM_SMTP_PORT",
                "TANDEM_MAIL_PORT")) {
            ports.put(variable, freePorts.next());
        }
        ports.forEach((variable, port) -> environment.put(variable, String.valueOf(port)));
        environment.put("TANDEM_STATE_DIR", root.resolve("e2e/target/stack").toString());
        // A busy two-core build machine: give each component more time than a developer's stack needs.
        environment.put("TANDEM_READY_TIMEOUT", "300");
        environment.put("TANDEM_KEYCLOAK_READY_TIMEOUT", "300");
        this.endpoints = Endpoints.ofPorts(
                ports.get("TANDEM_ACCOUNT_PORT"),
                ports.get("TANDEM_HEALTH_PORT"),
                ports.get("TANDEM_CTA_PORT"),
                ports.get("TANDEM_CONTENT_PORT"),
                ports.get("TANDEM_KEYCLOAK_PORT"));
        this.gateway = URI.create("http://127.0.0.1:" + ports.get("TANDEM_GATEWAY_PORT"));
        this.kafkaBootstrapServers = "127.0.0.1:" + ports.get("TANDEM_KAFKA_PORT");
        this.mailCatcher = URI.create("http://127.0.0.1:" + ports.get("TANDEM_MAIL_PORT"));
    }

    /** The stack, started on first use. */
    static synchronized LocalStack shared() {
        return shared(Map.of());
    }

    /**
     * The stack, started on first use with {@code settings} (environment variables every component sees, such as
     * {@code TANDEM_FAIRNESS_MAX_CONCURRENT_PER_CALLER}) added; a benchmark that runs alone uses them to measure a
     * path rather than a limit. Refused once the stack runs with other settings.
     */
    static synchronized LocalStack shared(Map<String, String> settings) {
        if (shared == null) {
            LocalStack stack = new LocalStack(Path.of(System.getProperty("tandem.root", ".."))
                    .toAbsolutePath()
                    .normalize());
            stack.environment.putAll(settings);
            stack.start();
            shared = stack;
        } else if (!shared.environment.entrySet().containsAll(settings.entrySet())) {
            throw new IllegalStateException("The stack already runs without " + settings);
        }
        return shared;
    }

    Endpoints endpoints() {
        return endpoints;
    }

    /** The GraphQL gateway's base address. */
    URI gateway() {
        return gateway;
    }

    /** The mail catcher's page and JSON list of what cta-service sent ({@code /api/messages}). */
    URI mailCatcher() {
        return mailCatcher;
    }

    /** The broker, for an integrator that produces straight to {@code signals.raw}. */
    String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** Ends {@code component} at once, as a crash would ({@code ./tandem stop --kill}); the others keep running. */
    void kill(String component) {
        launcher("stop", "--kill", component);
    }

    /** Stops {@code component} cleanly ({@code ./tandem stop}); the others keep running. */
    void stop(String component) {
        launcher("stop", component);
    }

    /**
     * Stops {@code component} if it runs and starts it again ({@code ./tandem restart}); returns once it is ready, with
     * how long that took.
     */
    Duration restart(String component) {
        return launcher("restart", component);
    }

    /** Starts whatever of the stack does not run ({@code ./tandem up -d}); returns once it is ready. */
    Duration startMissing() {
        return launcher("up", "-d", "--no-demo");
    }

    private void start() {
        // A stack an earlier run left behind (killed, not stopped) is stopped by the ports it saved; its data goes.
        // Keycloak's build stays (it builds itself once, on its first start), its database does not: Keycloak imports
        // the realm only when it has none, so a realm kept from an earlier run would hide the realm files' changes.
        tandem("down");
        deleteRecursively(root.resolve("e2e/target/stack/postgres"));
        deleteRecursively(root.resolve("e2e/target/stack/kafka"));
        keycloakDistributions().forEach(distribution -> deleteRecursively(distribution.resolve("data/h2")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> tandem("down"), "e2e-stack-down"));
        launcher("up", "-d", "--no-demo");
    }

    /** Runs the launcher, its output kept in {@code e2e/target/tandem-<arguments>.log}; fails unless it exits with 0. */
    private Duration launcher(String... arguments) {
        Path output = root.resolve("e2e/target/tandem-"
                + Arrays.stream(arguments)
                        .map(word -> word.replaceFirst("^-+", ""))
                        .collect(Collectors.joining("-"))
                + ".log");
        long start = System.nanoTime();
        int exit = tandem(output, arguments);
        if (exit != 0) {
            // The build log keeps only its end, and other tests print after this one: the launcher's own last words
            // go into the failure itself, which the build's summary repeats.
            throw new IllegalStateException("./tandem " + String.join(" ", arguments) + " failed with exit code "
                    + exit + ": " + lastLines(output, 12) + " (whole output: " + output + "; component logs: "
                    + root.resolve("e2e/target/stack/logs") + ")");
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static String lastLines(Path file, int count) {
        try {
            List<String> lines = Files.readAllLines(file).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException e) {
            return "(its output could not be read: " + e.getMessage() + ")";
        }
    }

    private int tandem(String... arguments) {
        return tandem(null, arguments);
    }

    /** Runs the launcher; with {@code output}, its output goes there and is then printed, else straight through. */
    private int tandem(Path output, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dtandem.root=" + root,
                "-cp",
                root.resolve("launcher/target/tandem-launcher.jar")
                        + File.pathSeparator
                        + root.resolve("launcher/target/lib/*"),
                "dev.tandem.launcher.Tandem"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(root.toFile()).inheritIO();
        if (output != null) {
            builder.redirectErrorStream(true).redirectOutput(output.toFile());
        }
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("./tandem " + String.join(" ", arguments) + " did not finish");
            }
            if (output != null) {
                System.out.write(Files.readAllBytes(output));
                System.out.flush();
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<Path> keycloakDistributions() {
        Path keycloak = root.resolve("e2e/target/stack/keycloak");
        if (!Files.isDirectory(keycloak)) {
            return List.of();
        }
        try (var distributions = Files.list(keycloak)) {
            return distributions.filter(Files::isDirectory).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
