package dev.tandem.gateway.touchpoint;

import dev.tandem.events.cta.TouchpointSentiment;
import dev.tandem.gateway.timeline.TouchpointParticipant;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;

/** A touchpoint whole, as cta-service answers it. */
@Description("A call, meeting, QBR, e-mail, note or visit with the customer, as the CSM recorded it or an integrator"
        + " pushed it (then with its source and externalId)")
public record Touchpoint(
        UUID id,
        UUID accountId,
        String type,
        Instant occurredAt,
        String authorId,
        String subject,
        @Description("Markdown") String body,
        List<TouchpointParticipant> participants,

        @Description("The CSM's colleagues who took part, by Keycloak id or user name")
        List<String> colleagues,

        TouchpointSentiment sentiment,
        UUID ctaId,
        UUID successPlanId,
        String source,
        String externalId,
        @Description("Counts its changes") long version,
        Instant createdAt,
        Instant updatedAt) {}
