package dev.tandem.cta.email.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The e-mail channel: where its links point, what signs them, and how fast the invitation worker sends. */
@ConfigMapping(prefix = "tandem.cta.email")
public interface EmailConfig {

    /** The address the public links start with: the service (or the ingress in front of it) as customers reach it. */
    @WithDefault("http://127.0.0.1:8083")
    String publicBaseUrl();

    /**
     * HMAC-SHA256 key of the response and unsubscribe links. Without it nothing is sent: a link nobody can verify
     * would be useless to the customer who clicks it.
     */
    Optional<String> linkSecret();

    /** Invitations claimed at once by one worker pass. */
    @WithDefault("500")
    int batchSize();

    /** Messages handed to the SMTP server at once. */
    @WithDefault("32")
    int concurrency();

    /** Attempts before an invitation is recorded as failed for good. */
    @WithDefault("5")
    int maxAttempts();

    /** How long a worker holds the invitations it claimed before another replica may take them over. */
    @WithDefault("2m")
    Duration lease();

    /** Wait before the next attempt after a failed one. */
    @WithDefault("1m")
    Duration retryAfter();

    /** Public requests (answers, unsubscribes) one client address may make per minute. */
    @WithDefault("30")
    int publicRequestsPerMinute();
}
