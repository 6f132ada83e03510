package dev.tandem.gateway.live;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;

@Description("Something happened to a CTA: CREATED, UPDATED (priority, owner, due date), SNOOZED or CLOSED.")
public record CtaChange(
        String change,
        UUID ctaId,
        @Description("Tandem's account id") UUID accountId,

        @Description("The owner the CTA has after the change")
        String ownerId,

        Instant at) {}
