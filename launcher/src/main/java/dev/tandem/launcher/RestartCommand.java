package dev.tandem.launcher;

import java.util.List;

/**
 * {@code ./tandem restart <component>}: stops one component of the running stack (if it runs) and starts it again as
 * {@code up} does, waiting until it is ready; the rest of the stack keeps running throughout.
 *
 * <p>A component starts only when what it needs runs (a service needs Kafka, Keycloak and, but for the gateway,
 * PostgreSQL), so a restart never leaves a service waiting on a dependency that nobody will start.
 */
final class RestartCommand {

    private static final int LOG_TAIL_LINES = 25;

    private final StateLayout layout;
    private final StackPlan plan;
    private final RunningStack stack;
    private final Progress progress;

    RestartCommand(StateLayout layout, StackPlan plan, RunningStack stack, Progress progress) {
        this.layout = layout;
        this.plan = plan;
        this.stack = stack;
        this.progress = progress;
    }

    /** Returns the exit code: 0 once the component is ready again, 1 if it did not become ready. */
    int run(String name) {
        String component = plan.component(name);
        List<String> running = stack.running();
        if (running.isEmpty()) {
            throw new TandemException(
                    "Tandem is not running, so there is nothing to restart. Start it with" + " ./tandem up -d.");
        }
        List<String> missing = plan.dependencies(component).stream()
                .filter(dependency -> !running.contains(dependency))
                .toList();
        if (!missing.isEmpty()) {
            throw new TandemException(component + " needs " + String.join(" and ", missing) + ", which "
                    + (missing.size() == 1 ? "is" : "are") + " not running.\n"
                    + "Start " + (missing.size() == 1 ? "it" : "them") + " first with ./tandem restart "
                    + missing.get(0) + ", or start everything that is missing with ./tandem up -d.");
        }
        stack.stop(component, progress);
        StartPreconditions.check(layout, plan, List.of(component));
        try {
            new StackStarter(layout, plan, progress).start(List.of(component));
        } catch (ComponentFailure failure) {
            progress.failed(
                    failure.component(), failure.reason(), failure.log(), LogTail.last(failure.log(), LOG_TAIL_LINES));
            progress.note("The rest of Tandem keeps running; see ./tandem status and ./tandem logs " + component + ".");
            return 1;
        }
        return 0;
    }
}
