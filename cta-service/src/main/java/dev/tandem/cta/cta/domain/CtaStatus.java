package dev.tandem.cta.cta.domain;

/**
 * A CTA is open until it is closed, as a success or as lost by a person, or as resolved by the platform when the
 * condition that opened it has cleared; the status is also its category.
 */
public enum CtaStatus {
    OPEN,
    CLOSED_SUCCESS,
    CLOSED_LOST,
    RESOLVED
}
