package dev.tandem.gateway.timeline;

import java.time.Instant;
import java.util.Comparator;
import java.util.Set;

/**
 * An item with what the merge orders and filters it by.
 *
 * @param id the item's id at its source, unique within its kind: the last tie-breaker of the order
 * @param people who took part or acted (end-user ids, CSMs' user ids), for the {@code person} filter
 * @param touchpointType the touchpoint's type; null for other kinds
 */
record TimelineEntry(
        Instant occurredAt,
        TimelineKind kind,
        String id,
        Set<String> people,
        String touchpointType,
        TimelineItem item) {

    /** Newest first, then by kind, then by id: a total order, the same on every read, that cursors point into. */
    static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::occurredAt)
            .reversed()
            .thenComparing(entry -> entry.kind().name())
            .thenComparing(TimelineEntry::id);

    TimelineEntry {
        people = people == null ? Set.of() : Set.copyOf(people);
    }

    TimelineCursor cursor() {
        return new TimelineCursor(occurredAt, kind, id);
    }
}
