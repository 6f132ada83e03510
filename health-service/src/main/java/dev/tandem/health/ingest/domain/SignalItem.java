package dev.tandem.health.ingest.domain;

import java.time.Instant;
import java.util.Map;

/**
 * One signal as an integrator sent it, before validation: any field may be missing or wrong.
 *
 * @param accountId the vendor's own account id
 * @param userId the vendor's own user id, when the signal is about a person
 */
public record SignalItem(
        String eventId,
        String accountId,
        String userId,
        String type,
        String name,
        Instant occurredAt,
        Double value,
        Map<String, Object> properties) {}
