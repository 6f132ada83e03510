package dev.tandem.health.activity.domain;

import dev.tandem.events.signal.SignalType;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** How many signals of each type one account sent on one day, and when it last used the product that day. */
public final class DayCounts {

    private final Map<SignalType, Long> byType = new EnumMap<>(SignalType.class);
    private long total;
    private Instant lastSeenAt;

    void add(SignalType type, Instant occurredAt, boolean productUse) {
        byType.merge(type, 1L, Long::sum);
        total++;
        if (productUse && (lastSeenAt == null || occurredAt.isAfter(lastSeenAt))) {
            lastSeenAt = occurredAt;
        }
    }

    public long of(SignalType type) {
        return byType.getOrDefault(type, 0L);
    }

    public long total() {
        return total;
    }

    /** Null when the account sent only engagement signals that day. */
    public Instant lastSeenAt() {
        return lastSeenAt;
    }
}
