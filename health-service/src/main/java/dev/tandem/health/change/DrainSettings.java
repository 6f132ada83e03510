package dev.tandem.health.change;

import java.time.Duration;

/**
 * How a change queue is drained.
 *
 * @param claimSize about how many subjects one claim takes, from the changes waiting, oldest first
 * @param claimLease how long a claim lasts without renewal; a crashed replica's changes wait this long
 * @param batchSize subjects rescored per transaction
 * @param failedRetryAfter how long a subject that could not be rescored waits before it is tried again
 */
public record DrainSettings(int claimSize, Duration claimLease, int batchSize, Duration failedRetryAfter) {}
