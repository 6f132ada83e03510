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
     * Accounts rescored per transaction, of those a refresher claimed; end users' PQL likewise. A transaction's cost is
     * mostly its queries, one per metric and window whatever the batch's size: 500 rather than 200 took freshness under
     * a steady 3,000 signals/s from p99 12 s to 2 s in SignalBenchmark.
     */
    @WithDefault("500")
    int batchSize();

    /**
     * About how many accounts (or end users, for their PQL) a refresher claims at once, from the changes waiting, oldest
     * first: then rescored {@link #batchSize()} at a time. Under a burst, changes pile up while a claim is rescored and
     * the next claim takes them all, so an account changed many times meanwhile is rescored once; a claim much smaller
     * than the burst would rescore it nearly once per change: with 10,000, SignalBenchmark rescored accounts 1.25
     * million times, with 100,000 750,000 times.
     */
    @WithDefault("100000")
    int claimSize();

    /**
     * How long a refresher's claim lasts without renewal (each batch rescored renews it): far longer than a batch takes,
     * since another replica takes the changes over after it; a crashed replica's changes wait this long.
     */
    @WithDefault("60s")
    java.time.Duration claimLease();

    /**
     * How long an account (or end user) that could not be rescored waits before it is tried again. One that keeps failing
     * (data the scoring cannot take, say) is then retried, and logged, once in this long rather than every round, unless
     * new changes of it come meanwhile: those are rescored as usual, in batches that are halved to single it out.
     */
    @WithDefault("60s")
    java.time.Duration failedRetryAfter();

    /** Accounts rescored per transaction when a scorecard change rescores them all. */
    @WithDefault("500")
    int rescoreChunkSize();

    /** How long a rescoring's worker may go without progress before another replica takes the job over. */
    @WithDefault("2m")
    java.time.Duration rescoreTakeOverAfter();
}
