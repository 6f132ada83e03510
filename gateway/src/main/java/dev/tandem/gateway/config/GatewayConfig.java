package dev.tandem.gateway.config;

import io.smallrye.config.ConfigMapping;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Where the gateway finds the services it fronts, and how long it waits for them. */
@ConfigMapping(prefix = "tandem")
public interface GatewayConfig {

    /** The downstream services by name: account, health, cta, content. */
    Map<String, Service> services();

    /** How long a readiness probe of a downstream service may take before it counts as down. */
    Duration readinessTimeout();

    interface Service {
        URI url();
    }
}
