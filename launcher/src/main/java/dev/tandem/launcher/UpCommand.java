package dev.tandem.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * {@code ./tandem up}: checks that nothing runs yet, that the services are built and that every port is free; starts
 * the stack; then either stays in the foreground until Ctrl-C or, with {@code -d}, returns and leaves it running.
 * With {@code -d}, a stack that runs in part gets what is missing started.
 *
 * <p>A failed start, and Ctrl-C at any time, stops everything started so far.
 */
final class UpCommand {

    static final int INTERRUPTED = 130;
    private static final int LOG_TAIL_LINES = 25;

    private final StateLayout layout;
    private final StackPlan plan;
    private final Map<String, String> environment;
    private final Progress progress;
    private final RunningStack stack;
    private final StackStarter starter;
    private final DemoSeeder demo;
    private final PrintStream out;
    private final Object stopLock = new Object();
    private boolean stopped;

    /** @param demo seeds the demo company on a first start; null for none */
    UpCommand(
            StateLayout layout,
            StackPlan plan,
            Map<String, String> environment,
            Progress progress,
            DemoSeeder demo,
            PrintStream out) {
        this.layout = layout;
        this.plan = plan;
        this.environment = environment;
        this.progress = progress;
        // Every component, not only the planned ones: an `up --infra` must notice services left running.
        this.stack = new RunningStack(layout, StackPlan.from(environment, false));
        this.starter = new StackStarter(layout, plan, progress);
        this.demo = demo;
        this.out = out;
    }

    /** Returns the exit code; in the foreground it returns once everything has stopped. */
    int run(boolean detach) {
        List<String> running = stack.running();
        if (!running.isEmpty()) {
            return partlyRunning(running, detach);
        }
        requireNoStrays();
        StartPreconditions.check(layout, plan, plan.components());
        layout.createDirectories();
        new SavedSettings(layout).save(environment);

        Thread onInterrupt = new Thread(this::stopEverything, "tandem-stop");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        long start = System.nanoTime();
        try {
            starter.startAll();
        } catch (ComponentFailure failure) {
            return failed(failure, this::stopEverything);
        }
        return started(start, detach, onInterrupt);
    }

    private int started(long start, boolean detach, Thread onInterrupt) {
        long seedingStart = System.nanoTime();
        Duration starting = Duration.ofNanos(seedingStart - start);
        boolean seeded = seedDemoOnFirstStart();
        Duration seeding = seeded ? Duration.ofNanos(System.nanoTime() - seedingStart) : Duration.ZERO;
        Duration total = Duration.between(UpTimes.commandStarted(), Instant.now());
        Summary.lines(plan, layout, new UpTimes(total, starting, seeding), detach)
                .forEach(progress::note);
        if (detach) {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
            return 0;
        }
        return waitUntilAllGone();
    }

    /**
     * With {@code -d}, starts what is missing of a stack that runs in part (a component that crashed or was stopped),
     * with the settings it runs with; a failed or interrupted start stops only what this start began. In the
     * foreground it refuses: Ctrl-C there would stop components this {@code up} never started.
     */
    private int partlyRunning(List<String> running, boolean detach) {
        List<String> missing = plan.components().stream()
                .filter(component -> !running.contains(component))
                .toList();
        if (missing.isEmpty()) {
            progress.note("Tandem is already running. See ./tandem status; stop it with ./tandem down.");
            return 0;
        }
        String runs = "Tandem is partly running (" + String.join(", ", running) + ")";
        if (!detach) {
            throw new TandemException(runs + ".\n"
                    + "./tandem up -d starts what is missing (" + String.join(", ", missing) + ") and returns;"
                    + " ./tandem down stops the rest.");
        }
        List<String> changed = new SavedSettings(layout).differences(environment);
        if (!changed.isEmpty()) {
            throw new TandemException(runs + " with other settings than this shell's: " + String.join("; ", changed)
                    + ".\nRun ./tandem up -d without them to start what is missing, or ./tandem down first.");
        }
        requireNoStrays();
        StartPreconditions.check(layout, plan, missing);
        progress.note(runs + "; starting what is missing: " + String.join(", ", missing) + ".");

        Runnable stopMissing = () -> stopOnly(missing);
        Thread onInterrupt = new Thread(stopMissing, "tandem-stop");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        long start = System.nanoTime();
        try {
            starter.start(missing);
        } catch (ComponentFailure failure) {
            return failed(failure, stopMissing);
        }
        return started(start, true, onInterrupt);
    }

    private void requireNoStrays() {
        if (!stack.strays().isEmpty()) {
            throw new TandemException("Processes of an earlier ./tandem up still run without pid files (pids "
                    + stack.strays().stream().map(p -> String.valueOf(p.pid())).collect(Collectors.joining(", "))
                    + ").\nRun ./tandem down first, then ./tandem up again.");
        }
    }

    // A demo that fails leaves the platform running: the user can look at the logs and try ./tandem demo.
    /** Whether it tried to seed: the time that took counts as seeding either way. */
    private boolean seedDemoOnFirstStart() {
        if (demo == null || demo.seeded()) {
            return false;
        }
        try {
            demo.seedFirstTime(out);
        } catch (RuntimeException e) {
            progress.note("The demo company could not be seeded: " + e.getMessage());
            progress.note("The platform runs without it; ./tandem demo tries again.");
        }
        return true;
    }

    private int failed(ComponentFailure failure, Runnable stopStarted) {
        if (starter.isStopping()) {
            // Ctrl-C: the shutdown hook is already stopping what was started, and says so.
            return INTERRUPTED;
        }
        progress.failed(
                failure.component(), failure.reason(), failure.log(), LogTail.last(failure.log(), LOG_TAIL_LINES));
        progress.note("Stopping what was started" + progress.ellipsis());
        stopStarted.run();
        return 1;
    }

    // Ctrl-C ends the JVM through the shutdown hook; this returns only when the components went away otherwise,
    // e.g. through ./tandem down in another terminal.
    private int waitUntilAllGone() {
        List<String> components = plan.components();
        CountDownLatch allGone = new CountDownLatch(components.size());
        for (String component : components) {
            stack.process(component)
                    .ifPresentOrElse(
                            handle -> handle.onExit().thenRun(() -> {
                                if (!starter.isStopping()) {
                                    progress.note(Progress.line(component, "exited; see " + layout.log(component)));
                                }
                                allGone.countDown();
                            }),
                            allGone::countDown);
        }
        try {
            allGone.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        progress.note("Everything has stopped.");
        return 0;
    }

    // Called by a failed partial start and by the shutdown hook, possibly both: the second caller waits for the first.
    private void stopOnly(List<String> components) {
        starter.stopStarting();
        synchronized (stopLock) {
            if (!stopped) {
                stopped = true;
                // Services first, PostgreSQL last: the reverse of the start order.
                List<String> reversed = new ArrayList<>(components);
                Collections.reverse(reversed);
                reversed.forEach(component -> stack.stop(component, progress));
            }
        }
    }

    // Called by a failed start and by the shutdown hook, possibly both: the second caller waits for the first.
    private void stopEverything() {
        starter.stopStarting();
        synchronized (stopLock) {
            if (!stopped) {
                stopped = true;
                if (!stack.running().isEmpty()) {
                    progress.note("");
                }
                stack.stopAll(progress);
            }
        }
    }
}
