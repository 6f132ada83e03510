package dev.tandem.cta.plan.domain;

/** Where a goal's metric comes from. */
public enum GoalKind {
    /** A metric health-service computes from signals (its catalogue: logins, seat_utilisation, ...). */
    HEALTH,
    /** A metric the customer reports as ROI (hours saved, cost avoided, ...), sent as {@code roi_reported} signals. */
    ROI
}
