package dev.tandem.cta.cta.rest;

import dev.tandem.cta.cta.domain.Cta;
import dev.tandem.cta.cta.domain.CtaStatus;
import dev.tandem.events.cta.CtaPriority;
import dev.tandem.events.cta.CtaSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A CTA as the API shows it. */
public record CtaResponse(
        UUID id,
        UUID accountId,
        String type,
        String reason,
        CtaPriority priority,
        CtaStatus status,
        String ownerId,
        String queue,
        LocalDate dueDate,
        CtaSource source,
        UUID ruleId,
        int triggerCount,
        LocalDate snoozedUntil,
        String snoozeReason,
        String closeReason,
        String takenBy,
        Instant takenAt,
        Instant createdAt,
        Instant updatedAt,
        Instant closedAt) {

    public static CtaResponse of(Cta cta) {
        return new CtaResponse(
                cta.id,
                cta.accountId,
                cta.type,
                cta.reason,
                cta.priority,
                cta.status,
                cta.ownerId,
                cta.queue,
                cta.dueDate,
                cta.source,
                cta.ruleId,
                cta.triggerCount,
                cta.snoozedUntil,
                cta.snoozeReason,
                cta.closeReason,
                cta.takenBy,
                cta.takenAt,
                cta.createdAt,
                cta.updatedAt,
                cta.closedAt);
    }
}
