package dev.tandem.launcher;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/** Stops processes politely (SIGTERM, so Quarkus and Kafka shut down cleanly) and then firmly (SIGKILL). */
final class ProcessStopper {

    private final Duration grace;

    ProcessStopper(Duration grace) {
        this.grace = grace;
    }

    /**
     * Signals all of {@code processes} at once, then waits for each, telling {@code onGone} as each is confirmed gone;
     * returns once none is alive.
     */
    void stop(List<ProcessHandle> processes, Consumer<ProcessHandle> onGone) {
        processes.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle process : processes) {
            long left = Math.max(0, deadline - System.nanoTime());
            if (!awaitExit(process, left)) {
                process.destroyForcibly();
                awaitExit(process, TimeUnit.SECONDS.toNanos(10));
            }
            onGone.accept(process);
        }
    }

    private static boolean awaitExit(ProcessHandle process, long nanos) {
        try {
            process.onExit().get(nanos, TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
