package dev.tandem.launcher;

/**
 * {@code ./tandem stop [--kill] <component>}: stops one component of the running stack and leaves the others running,
 * e.g. to see what the platform does while Kafka is down; {@code --kill} ends it at once, as a crash would.
 * {@code ./tandem restart} or {@code ./tandem up -d} starts it again.
 */
final class StopCommand {

    private final StackPlan plan;
    private final RunningStack stack;
    private final Progress progress;

    StopCommand(StackPlan plan, RunningStack stack, Progress progress) {
        this.plan = plan;
        this.stack = stack;
        this.progress = progress;
    }

    int run(String name, boolean kill) {
        String component = plan.component(name);
        boolean ran = kill ? stack.kill(component, progress) : stack.stop(component, progress);
        if (!ran) {
            progress.note(Progress.line(component, "was not running"));
        }
        return 0;
    }
}
