package dev.tandem.cta.timeline.rest;

import dev.tandem.cta.timeline.domain.Participant;
import dev.tandem.cta.timeline.domain.Touchpoint;
import dev.tandem.cta.timeline.domain.TouchpointView;
import dev.tandem.events.cta.TouchpointSentiment;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A touchpoint as the API shows it.
 *
 * @param participants the account's end users who took part, with what the projection knows of them
 * @param colleagues the CSM's colleagues who took part, by Keycloak id or user name
 * @param source the integrator's system it came from, with {@code externalId}; null for one written in Tandem
 * @param version counts its changes, as cta.events announced them
 */
public record TouchpointResponse(
        UUID id,
        UUID accountId,
        String type,
        Instant occurredAt,
        String authorId,
        String subject,
        String body,
        List<ParticipantResponse> participants,
        List<String> colleagues,
        TouchpointSentiment sentiment,
        UUID ctaId,
        UUID successPlanId,
        String source,
        String externalId,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** An end user who took part; {@code name} and {@code role} null when account.events has not told them. */
    public record ParticipantResponse(UUID userId, String name, String role) {

        static ParticipantResponse of(Participant participant) {
            return new ParticipantResponse(participant.userId(), participant.name(), participant.role());
        }
    }

    public static TouchpointResponse of(TouchpointView view) {
        Touchpoint t = view.touchpoint();
        return new TouchpointResponse(
                t.id,
                t.accountId,
                t.type,
                t.occurredAt,
                t.authorId,
                t.subject,
                t.body,
                view.participants().stream().map(ParticipantResponse::of).toList(),
                view.colleagues(),
                t.sentiment,
                t.ctaId,
                t.successPlanId,
                t.source,
                t.externalId,
                t.version,
                t.createdAt,
                t.updatedAt);
    }
}
