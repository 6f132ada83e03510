package dev.tandem.gateway.config;

import io.smallrye.config.ConfigMapping;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Where the gateway finds the services it fronts, and how long and how often it tries them. */
@ConfigMapping(prefix = "tandem")
public interface GatewayConfig {

    /** The downstream services by name: account, health, cta, content. */
    Map<String, Service> services();

    /** How long a readiness probe of a downstream service may take before it counts as down. */
    Duration readinessTimeout();

    /** How every call to a downstream service is guarded. */
    Downstream downstream();

    interface Service {
        URI url();
    }

    interface Downstream {

        /** How long one attempt may take. */
        Duration timeout();

        /** How often a read that failed for a transient reason is tried again; writes are never retried. */
        int retries();

        Duration retryDelay();

        /**
         * Connections the gateway holds open to each service. A call waiting for one counts against its timeout, so
         * this must stay well above what one caller may have in flight (tandem.fairness).
         */
        int connectionsPerService();

        CircuitBreaker circuitBreaker();
    }

    /** When calls to a service stop being made for a while, so that a service that is down is not hammered. */
    interface CircuitBreaker {

        /** How many recent calls the failure ratio is taken over. */
        int requestVolume();

        /** The share of failed calls among them that opens the circuit. */
        double failureRatio();

        /** How long an open circuit refuses calls before it lets a trial call through. */
        Duration delay();
    }
}
