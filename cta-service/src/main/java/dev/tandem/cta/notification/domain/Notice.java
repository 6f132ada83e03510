package dev.tandem.cta.notification.domain;

import java.util.List;
import java.util.UUID;

/**
 * Something to tell one person once.
 *
 * @param eventKey unique per person and kind: the event it follows (an event id, a CTA and its due date, a day)
 * @param accountId the account it concerns; null for none
 */
public record Notice(
        String person, NotificationKind kind, String eventKey, UUID accountId, String title, List<String> lines) {

    public Notice {
        lines = List.copyOf(lines);
    }
}
