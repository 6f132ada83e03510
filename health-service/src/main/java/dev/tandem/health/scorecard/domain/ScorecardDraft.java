package dev.tandem.health.scorecard.domain;

/** What an admin states about a scorecard when creating or replacing it. */
public record ScorecardDraft(
        String name,
        boolean isDefault,
        ScorecardPurpose purpose,
        Integer qualifyAt,
        int priority,
        ScorecardCriteria criteria,
        ScorecardDefinition definition) {}
