package dev.tandem.events.health;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The metrics health-service computes, by the key scorecards and {@link MeasureReading}s name them with: the part of
 * health-service's metric catalogue other services may rely on (a success plan's goal names one). health-service checks
 * that its catalogue and this list agree.
 */
public enum HealthMetric {
    LOGINS,
    FEATURE_USES,
    SEATS_ACTIVATED,
    SETUP_STEPS,
    INVITES_SENT,
    INVITES_ACCEPTED,
    EMAILS_OPENED,
    EMAILS_CLICKED,
    TICKETS_OPENED,
    TICKETS_CLOSED,
    EVENTS_ATTENDED,
    COMMUNITY_POSTS,
    CONTENT_VIEWS,
    WEBSITE_VISITS,
    ROI_REPORTS,
    EMAILS_SENT,
    ACTIVE_DAYS,
    EMAIL_OPEN_RATE,
    DISTINCT_FEATURES,
    NPS_AVERAGE,
    SEAT_UTILISATION,
    DAYS_SINCE_TOUCHPOINT,
    DAYS_SINCE_DECISION_MAKER_TOUCHPOINT,
    TOUCHPOINTS,
    NEGATIVE_TOUCHPOINT_SHARE;

    /** The key as scorecards name it, e.g. {@code feature_uses}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<HealthMetric> byKey(String key) {
        return Arrays.stream(values())
                .filter(metric -> metric.key().equals(key))
                .findFirst();
    }
}
