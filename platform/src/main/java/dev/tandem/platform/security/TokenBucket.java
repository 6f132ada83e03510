package dev.tandem.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A token bucket: up to {@code capacity} requests at once, refilled at {@code perSecond}. Allows bursts a client's
 * batch jobs need while bounding its sustained rate.
 */
public final class TokenBucket {

    private final double capacity;
    private final double perSecond;
    private double tokens;
    private Instant refilledAt;

    public TokenBucket(int capacity, double perSecond, Instant now) {
        if (capacity < 1 || perSecond <= 0) {
            throw new IllegalArgumentException("A bucket needs a capacity of at least 1 and a positive refill rate");
        }
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.tokens = capacity;
        this.refilledAt = now;
    }

    /**
     * Takes one token if there is one.
     *
     * @return empty if the request may go ahead, else how long until a token is available
     */
    public synchronized Optional<Duration> take(Instant now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return Optional.empty();
        }
        long waitNanos = (long) Math.ceil((1 - tokens) / perSecond * 1_000_000_000L);
        return Optional.of(Duration.ofNanos(waitNanos));
    }

    private void refill(Instant now) {
        if (now.isAfter(refilledAt)) {
            double elapsedSeconds = Duration.between(refilledAt, now).toNanos() / 1e9;
            tokens = Math.min(capacity, tokens + elapsedSeconds * perSecond);
            refilledAt = now;
        }
    }
}
