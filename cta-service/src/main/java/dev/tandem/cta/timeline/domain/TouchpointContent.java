package dev.tandem.cta.timeline.domain;

import dev.tandem.events.cta.TouchpointSentiment;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * What a touchpoint says, apart from its identity and history: two equal contents are the same touchpoint, so writing
 * one again changes nothing and announces nothing. Normalised on construction (text stripped, time to the microsecond
 * PostgreSQL keeps, participants distinct and sorted) so that a resync's content equals what was stored.
 */
public record TouchpointContent(
        String type,
        Instant occurredAt,
        String authorId,
        String subject,
        String body,
        List<UUID> participantUserIds,
        List<String> colleagues,
        TouchpointSentiment sentiment,
        UUID ctaId,
        UUID successPlanId) {

    public TouchpointContent {
        occurredAt = occurredAt == null ? null : occurredAt.truncatedTo(ChronoUnit.MICROS);
        subject = subject == null ? null : subject.strip();
        body = body == null ? "" : body.strip();
        participantUserIds = participantUserIds == null
                ? List.of()
                : participantUserIds.stream().distinct().sorted().toList();
        colleagues = colleagues == null
                ? List.of()
                : colleagues.stream().map(String::strip).distinct().sorted().toList();
    }
}
