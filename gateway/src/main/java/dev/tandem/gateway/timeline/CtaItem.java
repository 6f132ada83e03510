package dev.tandem.gateway.timeline;

import dev.tandem.events.cta.CtaPriority;
import dev.tandem.gateway.cta.CtaStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

/** A CTA opened or closed (cta-service), with the CTA as it is now. */
@Description("A CTA opened (CTA_OPENED) or closed (CTA_CLOSED); status, owner and close reason are the CTA's now")
public class CtaItem extends BaseItem implements TimelineItem {

    private final UUID ctaId;
    private final String type;
    private final String reason;
    private final CtaPriority priority;
    private final CtaStatus status;
    private final String ownerId;
    private final String closeReason;

    CtaItem(
            Instant occurredAt,
            TimelineKind kind,
            UUID ctaId,
            String type,
            String reason,
            CtaPriority priority,
            CtaStatus status,
            String ownerId,
            String closeReason) {
        super(occurredAt, kind, summary(kind, type, reason, status, closeReason));
        this.ctaId = ctaId;
        this.type = type;
        this.reason = reason;
        this.priority = priority;
        this.status = status;
        this.ownerId = ownerId;
        this.closeReason = closeReason;
    }

    private static String summary(TimelineKind kind, String type, String reason, CtaStatus status, String closeReason) {
        if (kind == TimelineKind.CTA_OPENED) {
            return "CTA opened: " + type + ", " + reason;
        }
        return "CTA closed (" + status + "): " + type + ", " + reason + (closeReason == null ? "" : "; " + closeReason);
    }

    @Id
    public UUID getCtaId() {
        return ctaId;
    }

    public String getType() {
        return type;
    }

    public String getReason() {
        return reason;
    }

    public CtaPriority getPriority() {
        return priority;
    }

    public CtaStatus getStatus() {
        return status;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public String getCloseReason() {
        return closeReason;
    }
}
