package dev.tandem.health.domain.growth;

/**
 * How often someone uses the product, from their active days in the last 14: at least 9 Daily, 5-8 Weekly, 2-4
 * Occasionally, at most 1 Inactive. The top of each range is inclusive.
 */
public enum UsageFrequency {
    DAILY,
    WEEKLY,
    OCCASIONALLY,
    INACTIVE;

    public static final int WINDOW_DAYS = 14;

    public static UsageFrequency of(int activeDaysInLast14) {
        if (activeDaysInLast14 < 0 || activeDaysInLast14 > WINDOW_DAYS) {
            throw new IllegalArgumentException("Active days in 14 run from 0 to 14, not " + activeDaysInLast14);
        }
        if (activeDaysInLast14 >= 9) {
            return DAILY;
        }
        if (activeDaysInLast14 >= 5) {
            return WEEKLY;
        }
        return activeDaysInLast14 >= 2 ? OCCASIONALLY : INACTIVE;
    }
}
