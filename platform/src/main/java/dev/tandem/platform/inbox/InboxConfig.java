package dev.tandem.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How consumers retry effects that may succeed later (a database fail-over, a lock timeout), and dedup retention. */
@ConfigMapping(prefix = "tandem.inbox")
public interface InboxConfig {

    /**
     * Retries of a failing transaction before it is given up: a message, or a poll's single event, then goes to the
     * dead-letter topic; a whole poll is applied one event at a time instead.
     *
     * <p>Five, waiting from {@link #initialBackOff()} and doubling (100 ms to 1.6 s, give or take a random half), add up
     * to about 3 s: enough for what passes within a transaction's retry (a deadlock, a serialization failure, a lock
     * timeout, a pooled connection gone stale). Not much more, because a batch consumer spends it twice on a poll with one
     * event that cannot be applied, for the poll and then for that event, before its neighbours go on; ten retries up to
     * 5 s kept such a poll half a minute. A value the database refuses is not retried at all (see {@code Retries}).
     */
    @WithDefault("5")
    int maxRetries();

    @WithDefault("100ms")
    Duration initialBackOff();

    /** The longest single wait; at five retries the waits stay below it, it bounds them when retries are raised. */
    @WithDefault("5s")
    Duration maxBackOff();

    /**
     * How long processed event ids are kept to recognise redeliveries. Redeliveries and producer retries come within
     * minutes; integrators' signal retries are promised dedup for at least 24 hours.
     */
    @WithDefault("7d")
    Duration retention();

    /** How often expired ids are deleted; the schedule reads {@code tandem.inbox.cleanup-interval}. */
    @WithDefault("1h")
    String cleanupInterval();
}
