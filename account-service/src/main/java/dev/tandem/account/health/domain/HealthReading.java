package dev.tandem.account.health.domain;

import dev.tandem.events.health.HealthBand;
import dev.tandem.events.health.ScoreChanged;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An account's health at one moment, as health-service computed it: what account lists filter on (band) and sort by
 * (score).
 *
 * @param score 0 to 100, or null for N/A (no data, or a churned account), with {@code band} null too
 * @param scoredAt when health-service computed it; of two readings the later one is the account's health
 */
public record HealthReading(UUID accountId, Integer score, HealthBand band, Instant scoredAt) {

    public HealthReading {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(scoredAt, "scoredAt");
        if (score != null && (score < 0 || score > 100)) {
            throw new IllegalArgumentException("score must be 0 to 100, was " + score);
        }
        if ((score == null) != (band == null)) {
            throw new IllegalArgumentException("score and band are N/A together, were " + score + " and " + band);
        }
    }

    /**
     * The reading a score change announces, timed by its {@code computedAt}; by the event's own time when a producer
     * left that out, which is close enough to order it against other readings.
     *
     * @throws IllegalArgumentException for a change that breaks the contract: such an event can never be applied
     */
    public static HealthReading of(ScoreChanged change, Instant eventTime) {
        Instant at = change.computedAt() != null ? change.computedAt() : eventTime;
        if (at == null) {
            throw new IllegalArgumentException("the score change has no time: neither computedAt nor the event's");
        }
        return new HealthReading(change.accountId(), change.score(), change.band(), at);
    }
}
