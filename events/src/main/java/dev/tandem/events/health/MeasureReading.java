package dev.tandem.events.health;

import java.math.BigDecimal;

/**
 * The value of one metric of health-service's catalogue ({@link HealthMetric}) over a window of days, as a scorecard
 * measure read it when the score was computed: {@code logins} over 30 days = 412.
 *
 * @param metric the catalogue's key ({@link HealthMetric#key()})
 * @param value null when the account has no value (N/A: its source not connected, or nothing to average), never 0 for
 *     missing data
 */
public record MeasureReading(String metric, int windowDays, BigDecimal value) {}
