package dev.tandem.health.scoring.domain;

import dev.tandem.health.domain.scoring.HealthScore;
import dev.tandem.health.scorecard.domain.ConfiguredScorecard;
import java.util.UUID;

/** A subject's score and the scorecard it was scored on; no scorecard (null) when none judges it. */
public record Scored(HealthScore score, ConfiguredScorecard scorecard) {

    public UUID scorecardId() {
        return scorecard == null ? null : scorecard.id();
    }

    public boolean isJudged() {
        return scorecard != null;
    }

    /** Whether the score reaches its scorecard's threshold: a PQL scorecard's product-qualified. */
    public boolean qualified() {
        Integer points = score.score();
        return scorecard != null && scorecard.qualifyAt() != null && points != null && points >= scorecard.qualifyAt();
    }

    /** What is kept of it: whether it moved is told by these alone. */
    public StoredScore stored() {
        return new StoredScore(
                score.score(), score.band() == null ? null : score.band().name(), qualified());
    }
}
