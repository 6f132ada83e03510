package dev.tandem.cta.timeline.service;

import dev.tandem.cta.timeline.domain.Touchpoint;
import dev.tandem.events.cta.TouchpointDeleted;
import dev.tandem.events.cta.TouchpointRecorded;
import java.util.List;
import java.util.UUID;

/** The cta.events a touchpoint's changes are announced with: its whole state, or its deletion, with its version. */
final class TouchpointEvents {

    private TouchpointEvents() {}

    static TouchpointRecorded recorded(Touchpoint touchpoint, List<UUID> participantUserIds) {
        return new TouchpointRecorded(
                touchpoint.id,
                touchpoint.accountId,
                touchpoint.version,
                touchpoint.type,
                touchpoint.occurredAt,
                touchpoint.authorId,
                participantUserIds,
                touchpoint.sentiment,
                touchpoint.updatedAt);
    }

    static TouchpointDeleted deleted(Touchpoint touchpoint) {
        return new TouchpointDeleted(touchpoint.id, touchpoint.accountId, touchpoint.version, touchpoint.deletedAt);
    }
}
