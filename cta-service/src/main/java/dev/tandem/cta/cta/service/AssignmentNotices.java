package dev.tandem.cta.cta.service;

import dev.tandem.cta.cta.domain.Cta;
import dev.tandem.cta.notification.domain.NotificationKind;
import dev.tandem.cta.notification.service.Notifier;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Tells a CTA's new owner, unless they made themselves its owner: nobody needs telling what they just did. */
@ApplicationScoped
public class AssignmentNotices {

    private final Notifier notifier;

    public AssignmentNotices(Notifier notifier) {
        this.notifier = notifier;
    }

    /**
     * @param by who assigned it; null for a rule
     * @param eventKey unique per assignment: the CTA for its first owner, the CTA and the time for a reassignment
     */
    Uni<Void> assigned(Cta cta, String by, String eventKey) {
        if (cta.ownerId == null || Objects.equals(cta.ownerId, by)) {
            return Uni.createFrom().voidItem();
        }
        List<String> lines = new ArrayList<>();
        lines.add(cta.type + " CTA, " + cta.priority + " priority: " + cta.reason);
        if (cta.dueDate != null) {
            lines.add("Due " + cta.dueDate);
        }
        lines.add(by == null ? "Opened by a rule" : "Assigned by " + by);
        return notifier.toPerson(
                cta.ownerId, cta.accountId, NotificationKind.CTA_ASSIGNED, eventKey, "CTA assigned to you", lines);
    }
}
