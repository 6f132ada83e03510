package dev.tandem.cta.delivery.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Outbound tech-touch messages and rule webhooks. */
@ConfigMapping(prefix = "tandem.cta.delivery")
public interface DeliveryConfig {

    /**
     * The vendor's messaging endpoint that receives tech-touch messages and sends them by their channel. Without it,
     * a message whose action names no URL is recorded as failed.
     */
    Optional<String> messageUrl();

    /**
     * Shared secret of the HMAC-SHA256 signature on every delivery. Without it nothing is sent, since receivers must
     * be able to trust what arrives; deliveries wait until it is configured.
     */
    Optional<String> secret();

    /**
     * Hosts ({@code host} or {@code host:port}) in loopback, link-local or private ranges that webhooks and messages
     * may still go to, e.g. a receiver inside the cluster. The host of {@code message-url} is always allowed: the
     * operator named it. Everything else in those ranges is refused (OutboundAddress).
     */
    Optional<List<String>> allowedPrivateHosts();

    @WithDefault("6")
    int maxAttempts();

    @WithDefault("30s")
    Duration initialBackoff();

    @WithDefault("1h")
    Duration maxBackoff();

    /** How long one HTTP call may take; a claimed delivery is retried by another worker after twice this. */
    @WithDefault("10s")
    Duration timeout();

    @WithDefault("50")
    int batchSize();

    /** How often the worker looks for due deliveries; read by its schedule. */
    @WithDefault("1s")
    String interval();
}
