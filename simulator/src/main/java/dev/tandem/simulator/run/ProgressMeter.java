package dev.tandem.simulator.run;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prints how a run goes, at most every few seconds: days done, what was sent, the signal rate and the time left
 * ({@link EtaEstimate}, from the pace after a warm-up).
 * Thread-safe: the senders count, one thread prints.
 */
public final class ProgressMeter {

    private static final long PRINT_EVERY_NANOS = Duration.ofSeconds(3).toNanos();
    /** How long the pace is only watched, not extrapolated (see {@link EtaEstimate}). */
    static final Duration WARM_UP = Duration.ofSeconds(5);

    private final PrintStream out;
    private final String what;
    private final long started = System.nanoTime();
    private final AtomicLong signals = new AtomicLong();
    private final AtomicLong changes = new AtomicLong();
    private long lastPrinted = started;
    private EtaEstimate eta;

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

    public synchronized String line(long done, long total, String unit) {
        Duration elapsed = elapsed();
        double seconds = Math.max(1e-3, elapsed.toNanos() / 1e9);
        String remaining =
                eta(total).remaining(elapsed, done).map(ProgressMeter::format).orElse("estimating");
        return String.format(
                "%s: %s %,d/%,d · %,d changes · %,d signals · %,.0f signals/s · %s elapsed · ETA %s",
                what,
                unit,
                done,
                total,
                changes.get(),
                signals.get(),
                signals.get() / seconds,
                format(elapsed),
                remaining);
    }

    private EtaEstimate eta(long total) {
        if (eta == null) {
            eta = new EtaEstimate(total, WARM_UP);
        }
        return eta;
    }

    static String format(Duration duration) {
        long seconds = duration.toSeconds();
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
