package dev.tandem.gateway.timeline;

import java.time.Instant;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What every timeline item has; the item types add their own fields. It does not implement {@link TimelineItem}
 * itself, each item type does: an implementing abstract class would become a GraphQL type of its own.
 */
public abstract class BaseItem {

    private final Instant occurredAt;
    private final TimelineKind kind;
    private final String summary;

    BaseItem(Instant occurredAt, TimelineKind kind, String summary) {
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.summary = summary;
    }

    @NonNull
    public Instant getOccurredAt() {
        return occurredAt;
    }

    @NonNull
    public TimelineKind getKind() {
        return kind;
    }

    @NonNull
    public String getSummary() {
        return summary;
    }
}
