package dev.tandem.health.scoring.config;

import dev.tandem.health.change.DrainSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How scores are kept fresh: the change queues' drains and the rescoring of everything after a scorecard change. */
@ConfigMapping(prefix = "tandem.scores")
public interface ScoringConfig {

    /**
     * How often the subjects whose aggregates changed are rescored: with the scheduler's one-second floor, a score is
     * fresh within seconds of a signal. The schedules read {@code tandem.scores.refresh-interval}.
     */
    @WithDefault("1s")
    String refreshInterval();

    /**
     * Subjects (accounts, end users) rescored per transaction. A transaction's cost is mostly its queries, one per
     * metric and window whatever the batch's size, so larger batches keep up with more signals.
     */
    @WithDefault("500")
    int batchSize();

    /**
     * About how many subjects a drain claims at once from the changes waiting, oldest first, then rescored
     * {@link #batchSize()} at a time. Under a burst, changes pile up while a claim is rescored and the next claim takes
     * them all, so a subject changed many times meanwhile is rescored once; a claim much smaller than the burst would
     * rescore it nearly once per change.
     */
    @WithDefault("100000")
    int claimSize();

    /**
     * How long a claim lasts without renewal (each batch rescored renews it): far longer than a batch takes, since another
     * replica takes the changes over after it; a crashed replica's changes wait this long.
     */
    @WithDefault("60s")
    Duration claimLease();

    /**
     * How long a subject that could not be rescored waits before it is tried again. One that keeps failing (data the
     * scoring cannot take, say) is then retried, and logged, once in this long rather than every round, unless new
     * changes of it come meanwhile: those are rescored as usual, in batches that are halved to single it out.
     */
    @WithDefault("60s")
    Duration failedRetryAfter();

    /**
     * How long after its last signal a data source (signals of the types that feed a metric) still counts as connected
     * for an account: before its first signal and after this, the account's measures on it are N/A, not 0.
     */
    @WithDefault("365")
    int sourceLookBackDays();

    /**
     * How often the score history of accounts that received signals for past days is computed again. Rarer than the
     * refresh of today's scores: a backfill of history sends the days of many accounts, and each round computes an
     * account's days from its earliest changed one.
     */
    @WithDefault("10s")
    String historyInterval();

    /**
     * How long each batch of score history waits, at most, while today's scores are behind (account changes waiting,
     * a rescoring of every account): a backfill of history slows down under live load rather than taking the database
     * from it, and still moves on when the load never stops.
     */
    @WithDefault("2s")
    Duration historyGiveWay();

    /** Accounts whose history is computed per transaction: each takes a score per day of its range. */
    @WithDefault("100")
    int historyBatchSize();

    /**
     * About how many never-scored accounts the first-score lane claims at once, newest first: small, so a round is
     * short and a new account is scored within seconds however long the refresher's backlog.
     */
    @WithDefault("1000")
    int firstScoreClaimSize();

    /** Accounts rescored per transaction when a scorecard change rescores them all. */
    @WithDefault("500")
    int rescoreChunkSize();

    /**
     * Chunks of a full rescoring in flight at once, each in its own transaction: one chunk at a time keeps either the
     * JVM or the database busy, never both, so on two cores a rescoring took half the machine.
     */
    @WithDefault("3")
    int rescoreChunksInFlight();

    /** How long a rescoring's worker may go without progress before another replica takes the job over. */
    @WithDefault("2m")
    Duration rescoreTakeOverAfter();

    default DrainSettings drain() {
        return new DrainSettings(claimSize(), claimLease(), batchSize(), failedRetryAfter());
    }

    /** How the first-score lane is drained: small claims, newest first. */
    default DrainSettings firstScoreDrain() {
        return new DrainSettings(firstScoreClaimSize(), claimLease(), batchSize(), failedRetryAfter());
    }

    /** How the history changes are drained: fewer accounts a transaction, each with many days. */
    default DrainSettings historyDrain() {
        return new DrainSettings(claimSize(), claimLease(), historyBatchSize(), failedRetryAfter());
    }
}
