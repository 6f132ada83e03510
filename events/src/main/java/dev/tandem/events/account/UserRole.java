package dev.tandem.events.account;

/** The part an end user plays at their account. */
public enum UserRole {
    ADMIN,
    MEMBER,
    DECISION_MAKER,
    CHAMPION,
    OTHER
}
