package dev.tandem.launcher;

import java.nio.file.Path;
import java.time.Duration;

/** Polls a readiness check until it passes, the process dies, or time runs out. */
final class ReadinessWait {

    private static final long POLL_MILLIS = 250;

    private ReadinessWait() {}

    /**
     * Returns once {@code check} passes.
     *
     * @param timeoutSetting the variable that sets {@code timeout}, for the message when it passes
     * @throws ComponentFailure if {@code process} exits first or {@code timeout} passes
     */
    static void await(
            String component,
            ReadinessCheck check,
            ProcessHandle process,
            Duration timeout,
            Setting timeoutSetting,
            Path log) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new ComponentFailure(component, "exited before it was ready.", log);
            }
            if (check.isReady()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new ComponentFailure(
                        component,
                        "was not ready within " + timeout.toSeconds() + " s (" + timeoutSetting.variable() + ").",
                        log);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ComponentFailure(component, "start was interrupted.", log, e);
            }
        }
    }
}
