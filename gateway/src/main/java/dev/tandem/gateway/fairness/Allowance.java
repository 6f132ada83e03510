package dev.tandem.gateway.fairness;

import java.util.Optional;

/**
 * One caller's allowance: a bucket of rows, refilled at a steady rate up to a burst, and a count of queries running.
 * Pure and thread-safe; time comes in as nanoseconds so tests need no clock.
 */
final class Allowance {

    private final double burst;
    private final double perSecond;
    private final int maxConcurrent;
    private double rows;
    private long refilledAt;
    private int running;

    Allowance(long burst, long perSecond, int maxConcurrent, long now) {
        this.burst = burst;
        this.perSecond = perSecond;
        this.maxConcurrent = maxConcurrent;
        this.rows = burst;
        this.refilledAt = now;
    }

    /** Why a query of {@code asked} rows may not run now and how long to wait, or empty when it may (and runs). */
    synchronized Optional<Refusal> admit(long asked, long now) {
        refill(now);
        if (running >= maxConcurrent) {
            return Optional.of(new Refusal(
                    "This caller already runs " + running + " queries at once, the most allowed; retry when one ends.",
                    1));
        }
        if (rows < asked) {
            long seconds = (long) Math.ceil((asked - rows) / perSecond);
            return Optional.of(new Refusal(
                    "This caller has asked for more rows than its allowance (" + (long) perSecond
                            + " rows a second, bursts of " + (long) burst + "); retry in " + seconds + " s.",
                    Math.max(1, seconds)));
        }
        rows -= asked;
        running++;
        return Optional.empty();
    }

    synchronized void finished() {
        running = Math.max(0, running - 1);
    }

    /** Idle and full: nothing would be lost by forgetting this caller. */
    synchronized boolean idle(long now) {
        refill(now);
        return running == 0 && rows >= burst;
    }

    private void refill(long now) {
        if (now > refilledAt) {
            rows = Math.min(burst, rows + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
        }
    }

    /** Why a query was refused and after how many seconds a retry can succeed. */
    record Refusal(String message, long retryAfterSeconds) {}
}
