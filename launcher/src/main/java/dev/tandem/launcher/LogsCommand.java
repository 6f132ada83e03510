package dev.tandem.launcher;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code ./tandem logs [-f] [-n N] <component>}: the last lines of a component's log in {@code .tandem/logs}, and with
 * {@code -f} what it writes next, across restarts, until Ctrl-C.
 */
final class LogsCommand {

    private static final Duration POLL = Duration.ofMillis(250);

    private final StateLayout layout;
    private final StackPlan plan;
    private final PrintStream out;

    LogsCommand(StateLayout layout, StackPlan plan, PrintStream out) {
        this.layout = layout;
        this.plan = plan;
        this.out = out;
    }

    int run(String name, boolean follow, int lines) {
        String component = plan.component(name);
        Path log = layout.log(component);
        if (!Files.isReadable(log)) {
            throw new TandemException("There is no log of " + component + " yet (" + log + "): it has not been"
                    + " started with this state directory.");
        }
        // Taken before the tail is read, so that nothing written in between is lost; a line may show twice.
        LogFollower follower = follow ? new LogFollower(log) : null;
        LogTail.last(log, lines).forEach(out::println);
        out.flush();
        if (follower == null) {
            return 0;
        }
        while (!Thread.currentThread().isInterrupted()) {
            follower.newLines().forEach(out::println);
            out.flush();
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return 0;
    }
}
