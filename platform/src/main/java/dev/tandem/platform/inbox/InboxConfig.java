package dev.tandem.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How consumers retry effects that failed for a reason that may pass (a database fail-over, a lock timeout). */
@ConfigMapping(prefix = "tandem.inbox")
public interface InboxConfig {

    /** Retries before the message is given up and sent to the dead-letter topic. */
    @WithDefault("5")
    int maxRetries();

    @WithDefault("100ms")
    Duration initialBackOff();

    @WithDefault("5s")
    Duration maxBackOff();
}
