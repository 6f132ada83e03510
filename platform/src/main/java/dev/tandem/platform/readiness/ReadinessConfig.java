package dev.tandem.platform.readiness;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long a readiness check may wait for a dependency before it reports it DOWN. */
@ConfigMapping(prefix = "tandem.readiness")
public interface ReadinessConfig {

    /**
     * The longest a readiness check waits for Kafka: a healthy broker answers in milliseconds, and a probe that
     * hangs while a dependency is down tells the orchestrator nothing until its own timeout.
     */
    @WithDefault("800ms")
    Duration timeout();
}
