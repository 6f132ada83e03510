package dev.tandem.cta.cta.service;

import dev.tandem.cta.cta.domain.Cta;
import dev.tandem.events.cta.CtaClosed;
import dev.tandem.events.cta.CtaCreated;
import dev.tandem.events.cta.CtaOutcome;
import dev.tandem.events.cta.CtaSnoozed;
import dev.tandem.events.cta.CtaUpdated;
import java.time.Instant;

/**
 * The cta.events a CTA's changes are announced with. Each names the CTA's owner, so a consumer (the gateway's
 * {@code ctaChanged} subscription) routes it without having seen the CTA created.
 */
final class CtaEvents {

    private CtaEvents() {}

    static CtaCreated created(Cta cta) {
        return new CtaCreated(
                cta.id,
                cta.accountId,
                cta.type,
                cta.reason,
                cta.priority,
                cta.ownerId,
                cta.dueDate,
                cta.source,
                cta.ruleId,
                cta.createdAt);
    }

    static CtaUpdated updated(Cta cta, Instant at) {
        return new CtaUpdated(cta.id, cta.accountId, cta.priority, cta.ownerId, cta.dueDate, at);
    }

    static CtaSnoozed snoozed(Cta cta, Instant at) {
        return new CtaSnoozed(cta.id, cta.accountId, cta.ownerId, cta.snoozedUntil, cta.snoozeReason, at);
    }

    static CtaClosed closed(Cta cta) {
        return new CtaClosed(
                cta.id,
                cta.accountId,
                cta.ownerId,
                CtaOutcome.valueOf(cta.status.name()),
                cta.closeReason,
                cta.closedAt);
    }
}
