package dev.tandem.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How fast each integrator client may call a service (per replica: each replica keeps its own buckets). */
@ConfigMapping(prefix = "tandem.rate-limit.integrator")
public interface RateLimitConfig {

    /** Sustained requests per second per client. */
    @WithDefault("50")
    double requestsPerSecond();

    /** Requests a client may make at once after a quiet spell. */
    @WithDefault("100")
    int burst();
}
