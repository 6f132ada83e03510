package dev.tandem.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How consumers retry effects that may succeed later (a database fail-over, a lock timeout), and dedup retention. */
@ConfigMapping(prefix = "tandem.inbox")
public interface InboxConfig {

    /** Retries before the message is given up and sent to the dead-letter topic. */
    @WithDefault("5")
    int maxRetries();

    @WithDefault("100ms")
    Duration initialBackOff();

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
