package dev.tandem.health.scorecard.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A scorecard as configured: who it judges and how.
 *
 * @param qualifyAt for a PQL scorecard, the score from which an account is product-qualified
 */
public record ConfiguredScorecard(
        UUID id,
        String name,
        boolean isDefault,
        ScorecardPurpose purpose,
        Integer qualifyAt,
        int priority,
        ScorecardCriteria criteria,
        ScorecardDefinition definition,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    public ScorecardChoice.Candidate asCandidate() {
        return new ScorecardChoice.Candidate(id, name, isDefault, priority, criteria);
    }
}
