package dev.tandem.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the outbox relay polls; the schedule itself reads {@code tandem.outbox.poll-interval}. */
@ConfigMapping(prefix = "tandem.outbox")
public interface OutboxConfig {

    /**
     * How often the relay looks for unpublished events: the upper bound of publication latency. The scheduler does
     * not go below one second.
     */
    @WithDefault("1s")
    String pollInterval();

    /** How many events one relay transaction claims and publishes. */
    @WithDefault("200")
    int batchSize();
}
