package dev.tandem.cta.delivery.rest;

import dev.tandem.cta.delivery.domain.Delivery;
import dev.tandem.cta.delivery.domain.UrlRedaction;
import java.time.Instant;
import java.util.UUID;

/**
 * A delivery's state; the payload stays server-side, since it may quote the customer's people, and the URL is whole for
 * cs-admins only, since it may hold the receiver's credential.
 */
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

    /** @param urlsVisible whether the caller may see the URL whole (cs-admins), else it is cut to its host */
    static DeliveryResponse of(Delivery d, boolean urlsVisible) {
        return new DeliveryResponse(
                d.id,
                d.kind,
                d.accountId,
                d.userId,
                d.ruleId,
                d.templateId,
                d.channel,
                urlsVisible ? d.url : UrlRedaction.redact(d.url),
                d.status,
                d.attempts,
                d.status == Delivery.Status.PENDING ? d.nextAttemptAt : null,
                d.lastError,
                d.createdAt,
                d.sentAt);
    }
}
