package dev.tandem.events.health;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Emitted when an account's health score or band on a scorecard changes, including its first computation.
 *
 * <p>Scores are 0 to 100; null means no data (never 0), and {@code band} is then null too. {@code previousScore} and
 * {@code previousBand} are null on the first computation.
 *
 * <p>{@code measures} are the metrics' values the score was computed from ({@link MeasureReading}), so a consumer that
 * follows a metric (a success plan's goal) needs no call to health-service; empty from producers that send none.
 */
public record ScoreChanged(
        UUID accountId,
        UUID scorecardId,
        Integer previousScore,
        Integer score,
        HealthBand previousBand,
        HealthBand band,
        List<DimensionScore> dimensions,
        List<MeasureReading> measures,
        Instant computedAt)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.health.score-changed.v1";

    public ScoreChanged {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(scorecardId, "scorecardId");
        dimensions = List.copyOf(dimensions);
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    /** A score announced without the metrics' values. */
    public ScoreChanged(
            UUID accountId,
            UUID scorecardId,
            Integer previousScore,
            Integer score,
            HealthBand previousBand,
            HealthBand band,
            List<DimensionScore> dimensions,
            Instant computedAt) {
        this(accountId, scorecardId, previousScore, score, previousBand, band, dimensions, List.of(), computedAt);
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
