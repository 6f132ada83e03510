package dev.tandem.health.scoring.domain;

/** A score as kept: null score and band for N/A; qualified when it reaches a PQL scorecard's threshold. */
public record StoredScore(Integer score, String band, boolean qualified) {}
