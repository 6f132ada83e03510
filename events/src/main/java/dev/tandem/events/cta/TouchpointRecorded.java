package dev.tandem.events.cta;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Emitted when a touchpoint with a customer is recorded or changed: a call, meeting, QBR, e-mail, note or a type a
 * cs-admin added. Each event carries the touchpoint's whole current state, so a consumer keeps the latest by
 * {@code touchpointId} and {@code version} and needs no other event to know it; a resync that changes nothing is not
 * announced.
 *
 * <p>{@code participantUserIds} are the account's end users who took part (account-service user ids), so a consumer can
 * tell whether a decision maker was there; colleagues of the CSM stay in cta-service. Subject, body and participants'
 * names stay in cta-service too. {@code sentiment} is null when the author gave none.
 */
public record TouchpointRecorded(
        UUID touchpointId,
        UUID accountId,
        long version,
        String type,
        Instant occurredAt,
        String authorId,
        List<UUID> participantUserIds,
        TouchpointSentiment sentiment,
        Instant recordedAt)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.cta.touchpoint-recorded.v1";

    public TouchpointRecorded {
        Objects.requireNonNull(touchpointId, "touchpointId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        participantUserIds = participantUserIds == null ? List.of() : List.copyOf(participantUserIds);
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
