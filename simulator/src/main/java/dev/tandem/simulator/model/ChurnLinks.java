package dev.tandem.simulator.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The simulator's ground truth about which behaviours go with churn, by the metric health-service measures them with.
 * Churn is decided from product use alone ({@link ChurnModel}); every other behaviour is driven as {@link Drivers}
 * says. A churn analysis of the simulated company should find the strong links and no others.
 */
public final class ChurnLinks {

    /** How a behaviour relates to churn. */
    public enum Link {
        /** It measures what churn is decided from. */
        STRONG,
        /** It moves a little with what churn is decided from. */
        WEAK,
        /** It is drawn apart from anything churn is decided from. */
        NONE,
        /** It goes with churn the other way round from what a CSM would guess. */
        COUNTER_INTUITIVE
    }

    private static final Map<String, Link> BY_METRIC = links();

    private ChurnLinks() {}

    /** Each metric's link, by health-service's metric key. */
    public static Map<String, Link> byMetric() {
        return BY_METRIC;
    }

    /** The metrics strongly linked to churn. */
    public static Set<String> strong() {
        return BY_METRIC.entrySet().stream()
                .filter(entry -> entry.getValue() == Link.STRONG)
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Map<String, Link> links() {
        Map<String, Link> links = new LinkedHashMap<>();
        links.put("feature_uses", Link.STRONG);
        links.put("logins", Link.STRONG);
        // Whether anyone used it on a day, or how many of the seats: not how much value they got.
        links.put("active_days", Link.WEAK);
        links.put("seat_utilisation", Link.WEAK);
        // They follow the hidden state that also shapes use, not the value itself.
        links.put("distinct_features", Link.WEAK);
        links.put("setup_steps", Link.WEAK);
        links.put("seats_activated", Link.WEAK);
        links.put("emails_opened", Link.WEAK);
        links.put("nps_average", Link.WEAK);
        links.put("events_attended", Link.NONE);
        links.put("roi_reports", Link.NONE);
        links.put("tickets_opened", Link.COUNTER_INTUITIVE);
        links.put("tickets_closed", Link.COUNTER_INTUITIVE);
        links.put("emails_clicked", Link.COUNTER_INTUITIVE);
        return java.util.Collections.unmodifiableMap(links);
    }
}
