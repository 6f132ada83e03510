package dev.tandem.cta.delivery.rest;

import dev.tandem.cta.delivery.domain.Delivery;
import java.time.Instant;
import java.util.UUID;

/** A delivery's state; the payload stays server-side, since it may quote the customer's people. */
public record DeliveryResponse(
        UUID id,
        Delivery.Kind kind,
        UUID accountId,
        UUID userId,
        UUID ruleId,
        UUID templateId,
        String channel,
        String url,
        Delivery.Status status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant sentAt) {

    static DeliveryResponse of(Delivery d) {
        return new DeliveryResponse(
                d.id,
                d.kind,
                d.accountId,
                d.userId,
                d.ruleId,
                d.templateId,
                d.channel,
                d.url,
                d.status,
                d.attempts,
                d.status == Delivery.Status.PENDING ? d.nextAttemptAt : null,
                d.lastError,
                d.createdAt,
                d.sentAt);
    }
}
