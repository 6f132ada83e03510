package dev.tandem.gateway.touchpoint;

import dev.tandem.events.cta.TouchpointSentiment;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A touchpoint as a CSM writes it; cta-service's body as it is. cta-service checks every field (the type is known,
 * participants are the account's end users, the body within its limit) and names the bad one.
 */
@Input("TouchpointInput")
@Description("A touchpoint as written: the type one of touchpointTypes' keys, the body Markdown (at most 20,000"
        + " characters), participants the account's end users by id, colleagues by Keycloak id or user name.")
public record TouchpointInput(
        @NonNull String type,
        @NonNull Instant occurredAt,
        @NonNull String subject,
        String body,
        // Not List<@NonNull ...>: SmallRye GraphQL would make the lists themselves required (smallrye-graphql#753).
        List<UUID> participants,
        List<String> colleagues,
        TouchpointSentiment sentiment,
        @Description("The CTA it was part of") UUID ctaId,
        @Description("The success plan it was about") UUID successPlanId) {}
