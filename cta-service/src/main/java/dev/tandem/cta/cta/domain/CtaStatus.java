package dev.tandem.cta.cta.domain;

/** A CTA is open until it is closed, as a success or as lost; the status is also its category. */
public enum CtaStatus {
    OPEN,
    CLOSED_SUCCESS,
    CLOSED_LOST
}
