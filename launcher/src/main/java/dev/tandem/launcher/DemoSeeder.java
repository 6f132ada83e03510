package dev.tandem.launcher;

import dev.tandem.simulator.platform.Endpoints;
import dev.tandem.simulator.run.Credentials;
import dev.tandem.simulator.run.DemoCommand;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo company in the local stack: seeded once by the first {@code ./tandem up} (a marker under
 * {@code .tandem/demo} remembers it), and on demand by {@code ./tandem demo}, as the dev-only demo users and
 * integrator of the local realm.
 */
final class DemoSeeder {

    private final StateLayout layout;
    private final StackPlan plan;

    DemoSeeder(StateLayout layout, StackPlan plan) {
        this.layout = layout;
        this.plan = plan;
    }

    boolean seeded() {
        return Files.isRegularFile(marker());
    }

    /** The default demo company: about 500 accounts, 5,000 users and 90 days. */
    void seedFirstTime(PrintStream out) {
        out.println();
        out.println("Seeding the demo company: about 500 accounts, 5,000 users and 90 days of history"
                + " (./tandem up --no-demo skips this).");
        var result = DemoCommand.run(DemoCommand.Options.demo(truthFile()), endpoints(), Credentials.localStack(), out);
        try {
            Files.createDirectories(marker().getParent());
            Files.writeString(marker(), result.summary() + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + marker(), e);
        }
    }

    /** {@code ./tandem demo [options]} against the running stack. */
    void run(List<String> options, PrintStream out) {
        DemoCommand.Options parsed;
        try {
            parsed = DemoCommand.Options.parse(options, truthFile());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        DemoCommand.run(parsed, endpoints(), Credentials.localStack(), out);
    }

    private Endpoints endpoints() {
        return new Endpoints(
                service("account"),
                service("health"),
                service("cta"),
                service("content"),
                URI.create(plan.keycloakUrl()));
    }

    private URI service(String key) {
        return plan.services().stream()
                .filter(service -> service.key().equals(key))
                .findFirst()
                // 127.0.0.1, where the services listen; localhost may resolve to ::1 first.
                .map(service -> URI.create("http://127.0.0.1:" + service.port()))
                .orElseThrow(() -> new TandemException("The stack runs without the " + key + " service."));
    }

    private Path marker() {
        return layout.stateDirectory().resolve("demo").resolve("seeded");
    }

    private Path truthFile() {
        return layout.stateDirectory().resolve("demo").resolve("ground-truth.csv");
    }
}
