package dev.tandem.health.scorecard.domain;

import java.time.Instant;

/**
 * One version of a scorecard, as it was from {@code effectiveAt} until its next version.
 *
 * @param deleted the scorecard was deleted then: it judges nobody from that time on
 */
public record ScorecardVersion(ConfiguredScorecard scorecard, Instant effectiveAt, boolean deleted) {}
