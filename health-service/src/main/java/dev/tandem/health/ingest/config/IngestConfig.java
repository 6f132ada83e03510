package dev.tandem.health.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "tandem.ingest")
public interface IngestConfig {

    /** How old a signal may be and still be accepted: room for backfills, not for replaying ancient history. */
    @WithDefault("90d")
    Duration horizon();

    /** How long a batch may wait for Kafka's acknowledgement before the client is told to retry. */
    @WithDefault("10s")
    Duration ackTimeout();

    /** Seconds a client is asked to wait before retrying when Kafka does not acknowledge. */
    @WithDefault("5")
    long retryAfterSeconds();
}
