package dev.tandem.health.score.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "tandem.scores")
public interface ScoreConfig {

    /**
     * How often accounts whose aggregates changed are rescored: with the scheduler's one-second floor, a score is
     * fresh within seconds of a signal. The schedule reads {@code tandem.scores.refresh-interval}.
     */
    @WithDefault("1s")
    String refreshInterval();

    /**
     * Accounts rescored per transaction; a full batch is followed by the next at once. A transaction's cost is mostly
     * its queries, one per metric and window whatever the batch's size: 500 rather than 200 took freshness under a
     * steady 3,000 signals/s from p99 12 s to 2 s in SignalBenchmark.
     */
    @WithDefault("500")
    int batchSize();

    /**
     * How long a refresher's claim on a batch of marks lasts: far longer than a batch takes, since another replica
     * may take the batch over after it; a crashed replica's batch waits this long.
     */
    @WithDefault("60s")
    java.time.Duration claimLease();

    /** Accounts rescored per transaction when a scorecard change rescores them all. */
    @WithDefault("500")
    int rescoreChunkSize();

    /** How long a rescoring's worker may go without progress before another replica takes the job over. */
    @WithDefault("2m")
    java.time.Duration rescoreTakeOverAfter();
}
