package dev.tandem.simulator.run;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prints how a run goes, at most every few seconds: days done, what was sent, the signal rate and the time left.
 * Thread-safe: the senders count, one thread prints.
 */
public final class ProgressMeter {

    private static final long PRINT_EVERY_NANOS = Duration.ofSeconds(3).toNanos();

    private final PrintStream out;
    private final String what;
    private final long started = System.nanoTime();
    private final AtomicLong signals = new AtomicLong();
    private final AtomicLong changes = new AtomicLong();
    private long lastPrinted = started;

    public ProgressMeter(PrintStream out, String what) {
        this.out = out;
        this.what = what;
    }

    public void signalsSent(int count) {
        signals.addAndGet(count);
    }

    public void changeApplied() {
        changes.incrementAndGet();
    }

    public long signals() {
        return signals.get();
    }

    public long changes() {
        return changes.get();
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Prints a line if the last one is a few seconds old; {@code done} of {@code total} units of work. */
    public synchronized void maybePrint(long done, long total, String unit) {
        long now = System.nanoTime();
        if (now - lastPrinted >= PRINT_EVERY_NANOS) {
            lastPrinted = now;
            out.println(line(done, total, unit));
        }
    }

    public String line(long done, long total, String unit) {
        double seconds = Math.max(1e-3, elapsed().toNanos() / 1e9);
        String eta = done == 0 ? "?" : format(Duration.ofSeconds((long) (seconds / done * (total - done))));
        return String.format(
                "%s: %s %,d/%,d · %,d changes · %,d signals · %,.0f signals/s · %s elapsed · ETA %s",
                what, unit, done, total, changes.get(), signals.get(), signals.get() / seconds, format(elapsed()), eta);
    }

    static String format(Duration duration) {
        long seconds = duration.toSeconds();
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
