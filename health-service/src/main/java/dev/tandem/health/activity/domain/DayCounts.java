package dev.tandem.health.activity.domain;

import dev.tandem.events.signal.SignalType;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many signals of each type one account (or one of its end users) sent on one day, how many emails it was sent,
 * and when it last used the product that day.
 */
public final class DayCounts {

    private final Map<SignalType, Long> byType = new EnumMap<>(SignalType.class);
    private long total;
    private long emailsSent;
    private Instant lastSeenAt;

    void add(SignalType type, Instant occurredAt, boolean productUse, boolean emailSent) {
        byType.merge(type, 1L, Long::sum);
        total++;
        if (emailSent) {
            emailsSent++;
        }
        if (productUse && (lastSeenAt == null || occurredAt.isAfter(lastSeenAt))) {
            lastSeenAt = occurredAt;
        }
    }

    public long of(SignalType type) {
        return byType.getOrDefault(type, 0L);
    }

    /** Custom signals named {@value ActivityBatch#EMAIL_SENT}: the emails the vendor sent, opened or not. */
    public long emailsSent() {
        return emailsSent;
    }

    public long total() {
        return total;
    }

    /** Null when the account sent only engagement signals that day. */
    public Instant lastSeenAt() {
        return lastSeenAt;
    }
}
