package dev.tandem.e2e;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waiting for an asynchronous platform to get somewhere: poll, never sleep a fixed time. */
final class Eventually {

    private static final Duration POLL = Duration.ofSeconds(1);

    private Eventually() {}

    /** Polls until {@code done} holds, or returns the last value once {@code patience} ran out. */
    static <T> T poll(Duration patience, Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + patience.toNanos();
        T value = read.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = read.get();
        }
        return value;
    }
}
