package dev.tandem.simulator.model;

import java.time.Instant;

/**
 * A signal as the simulator sends it to {@code POST /api/v1/signals}; the field names are the API's.
 *
 * @param type the API's signal type, such as {@code login}
 * @param userId null for a signal about the account as a whole
 */
public record SignalDraft(
        String eventId, String accountId, String userId, String type, String name, Instant occurredAt, Double value) {}
