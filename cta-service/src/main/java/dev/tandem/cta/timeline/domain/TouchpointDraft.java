package dev.tandem.cta.timeline.domain;

import dev.tandem.events.cta.TouchpointSentiment;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A touchpoint as a request states it, before its author is settled.
 *
 * @param participants the account's end users who took part, by account-service id, in the request's order
 * @param colleagues the CSM's colleagues who took part, by Keycloak id or user name
 * @param authorId who wrote it, when the request names someone; else the caller (or, on a change, who wrote it)
 */
public record TouchpointDraft(
        String type,
        Instant occurredAt,
        String subject,
        String body,
        List<UUID> participants,
        List<String> colleagues,
        TouchpointSentiment sentiment,
        UUID ctaId,
        UUID successPlanId,
        String authorId) {

    public TouchpointDraft {
        participants = participants == null ? List.of() : List.copyOf(participants);
        colleagues = colleagues == null ? List.of() : List.copyOf(colleagues);
    }

    public TouchpointContent by(String author) {
        return new TouchpointContent(
                type, occurredAt, author, subject, body, participants, colleagues, sentiment, ctaId, successPlanId);
    }
}
