package dev.tandem.health.scorecard.rest;

import dev.tandem.health.scorecard.domain.GroupDefinition;
import dev.tandem.health.scorecard.domain.ScorecardCriteria;
import dev.tandem.health.scorecard.domain.ScorecardDefinition;
import dev.tandem.health.scorecard.domain.ScorecardDraft;
import dev.tandem.health.scorecard.domain.ScorecardPurpose;
import dev.tandem.platform.problem.InvalidInputException;
import java.util.List;

/**
 * The body of {@code POST /api/v1/scorecards} and {@code PUT /api/v1/scorecards/{id}}: the whole scorecard.
 *
 * @param isDefault false when omitted
 * @param purpose HEALTH when omitted; PQL scores free and trial accounts' seriousness
 * @param qualifyAt for PQL scorecards: the score from which an account is product-qualified
 * @param priority lower numbers are tried first; 100 when omitted
 * @param criteria which accounts it judges; every account when omitted
 * @param version required on PUT: the version the edit started from, so that a concurrent edit is not overwritten
 */
public record ScorecardRequest(
        String name,
        Boolean isDefault,
        ScorecardPurpose purpose,
        Integer qualifyAt,
        Integer priority,
        ScorecardCriteria criteria,
        List<GroupDefinition> groups,
        Integer version) {

    ScorecardDraft toDraft() {
        return new ScorecardDraft(
                name,
                Boolean.TRUE.equals(isDefault),
                purpose == null ? ScorecardPurpose.HEALTH : purpose,
                qualifyAt,
                priority == null ? 100 : priority,
                criteria == null ? ScorecardCriteria.ANY : criteria,
                groups == null ? null : new ScorecardDefinition(groups));
    }

    int requireVersion() {
        if (version == null) {
            throw new InvalidInputException("version", "is required: the version the edit started from");
        }
        return version;
    }
}
