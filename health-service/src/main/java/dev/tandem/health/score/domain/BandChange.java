package dev.tandem.health.score.domain;

import java.time.Instant;

/**
 * The account's health moved into another band (null: N/A, no score) at {@code occurredAt}.
 *
 * @param previousBand the band before, null when it had none
 */
public record BandChange(Instant occurredAt, Integer score, String band, String previousBand) {}
