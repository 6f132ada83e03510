package dev.tandem.events.cta;

/**
 * Where a success plan's objective stands against its goal: {@code ON_TRACK}, {@code AT_RISK} (behind the straight
 * line from its start to its due date, or due soon short of its target), {@code ACHIEVED} (target reached) or
 * {@code MISSED} (due date passed short of it).
 */
public enum ObjectiveStatus {
    ON_TRACK,
    AT_RISK,
    ACHIEVED,
    MISSED
}
