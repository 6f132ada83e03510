package dev.tandem.launcher;

import dev.tandem.simulator.platform.PlatformException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The local stack's command line, {@code ./tandem up | status | stop | restart | logs | token | down}: PostgreSQL, a Kafka
 * broker, Keycloak and the platform's five services on this machine, with their state in {@code .tandem/} at the
 * project root.
 */
public final class Tandem {

    private static final int USAGE_ERROR = 2;

    private Tandem() {}

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.getenv(), System.out, System.err));
    }

    static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err) {
        // The launcher's own Kafka clients would otherwise warn on stderr while the broker is still starting.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "off");
        Progress progress = new Progress(out, consoleCharset());
        try {
            CommandLine line = CommandLine.parse(args);
            if (line.command() == Command.HELP) {
                Help.lines().forEach(out::println);
                return 0;
            }
            StateLayout layout = StateLayout.of(projectRoot(), environment);
            if (line.command() == Command.UP) {
                StackPlan plan = StackPlan.from(environment, line.infraOnly());
                DemoSeeder seeder = line.noDemo() || line.infraOnly() ? null : new DemoSeeder(layout, plan);
                return new UpCommand(layout, plan, environment, progress, seeder, out).run(line.detach());
            }
            // status, stop, restart, logs and down look at what runs, so at the settings it was started with.
            StackPlan plan = StackPlan.from(new SavedSettings(layout).orElse(environment), false);
            RunningStack stack = new RunningStack(layout, plan);
            if (line.command() == Command.DEMO) {
                if (!stack.running().containsAll(plan.components())) {
                    throw new TandemException(
                            "Tandem is not running. Start it with ./tandem up -d, then run the demo.");
                }
                try {
                    new DemoSeeder(layout, plan).run(line.demoOptions(), out);
                } catch (UncheckedIOException e) {
                    throw new TandemException("The demo could not write its ground truth: " + e.getMessage(), e);
                }
                return 0;
            }
            if (line.command() == Command.TOKEN) {
                return new TokenCommand(plan, stack, DevUsers.of(layout.root())).run(line.component(), out, err);
            }
            return switch (line.command()) {
                case STATUS -> new StatusCommand(plan, stack, progress).run();
                case STOP -> new StopCommand(plan, stack, progress).run(line.component(), line.kill());
                case RESTART -> new RestartCommand(layout, plan, stack, progress).run(line.component());
                case LOGS -> new LogsCommand(layout, plan, out).run(line.component(), line.follow(), line.lines());
                default -> new DownCommand(stack, progress, layout).run();
            };
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("Run ./tandem help for usage.");
            return USAGE_ERROR;
        } catch (PlatformException e) {
            err.println();
            err.println("The demo stopped: " + e.getMessage());
            return 1;
        } catch (TandemException e) {
            err.println();
            err.println(e.getMessage());
            return 1;
        }
    }

    /** {@code -Dtandem.root} as the ./tandem script sets it, else the working directory. */
    private static Path projectRoot() {
        Path root = Path.of(System.getProperty("tandem.root", "")).toAbsolutePath();
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("launcher"))) {
            throw new TandemException("Not the Tandem project root: " + root + ". Run ./tandem from the project root.");
        }
        return root;
    }

    private static Charset consoleCharset() {
        String name = System.getProperty("stdout.encoding", System.getProperty("native.encoding"));
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (RuntimeException e) {
            return Charset.defaultCharset();
        }
    }
}
