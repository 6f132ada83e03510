package dev.tandem.health.activity.domain;

import dev.tandem.health.domain.metric.Metric;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one account (or one of its end users) did on one day: how many signals it sent, each daily count of the metric
 * catalogue, and when it last used the product that day.
 */
public final class DayCounts {

    private final Map<Metric, Long> counts = new EnumMap<>(Metric.class);
    private long total;
    private Instant lastSeenAt;

    void add(Metric counted, Instant occurredAt, boolean productUse) {
        if (counted != null) {
            counts.merge(counted, 1L, Long::sum);
        }
        total++;
        if (productUse && (lastSeenAt == null || occurredAt.isAfter(lastSeenAt))) {
            lastSeenAt = occurredAt;
        }
    }

    /** The day's count of a {@link Metric.Reading#DAILY_COUNT} metric. */
    public long of(Metric metric) {
        return counts.getOrDefault(metric, 0L);
    }

    public long total() {
        return total;
    }

    /** Null when the account sent only engagement signals that day. */
    public Instant lastSeenAt() {
        return lastSeenAt;
    }
}
