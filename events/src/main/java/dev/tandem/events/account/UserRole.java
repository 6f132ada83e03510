package dev.tandem.events.account;

/**
 * The part an end user plays at their account. A decision maker signs or blocks the purchase; an executive sponsor is
 * the customer's executive who backs the product inside the company. Touchpoints with either count for "knows the
 * decision maker" in the health score.
 */
public enum UserRole {
    ADMIN,
    MEMBER,
    DECISION_MAKER,
    EXECUTIVE_SPONSOR,
    CHAMPION,
    OTHER
}
