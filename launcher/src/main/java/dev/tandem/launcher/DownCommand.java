package dev.tandem.launcher;

/**
 * {@code ./tandem down}: stops the services, then Kafka and Keycloak, then PostgreSQL, and anything else the stack
 * left behind.
 */
final class DownCommand {

    private final RunningStack stack;
    private final Progress progress;
    private final StateLayout layout;

    DownCommand(RunningStack stack, Progress progress, StateLayout layout) {
        this.stack = stack;
        this.progress = progress;
        this.layout = layout;
    }

    int run() {
        if (!stack.stopAll(progress)) {
            progress.note("Tandem is not running.");
            return 0;
        }
        progress.note("Tandem is stopped; its data stays in " + layout.root().relativize(layout.stateDirectory())
                + "/ for the next ./tandem up.");
        return 0;
    }
}
