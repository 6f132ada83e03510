package dev.tandem.cta.delivery.domain;

import java.time.Duration;

/** Exponential back-off between delivery attempts: initial, twice that, four times, ... capped at max. */
public record Backoff(Duration initial, Duration max) {

    /** The wait after failed attempt number {@code attempt} (1 for the first). */
    public Duration after(int attempt) {
        int doublings = Math.max(0, Math.min(attempt - 1, 30));
        Duration wait = initial.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
