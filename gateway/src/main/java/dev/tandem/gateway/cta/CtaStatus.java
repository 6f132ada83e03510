package dev.tandem.gateway.cta;

/** Where a CTA stands, as cta-service names it. */
public enum CtaStatus {
    OPEN,
    CLOSED_SUCCESS,
    CLOSED_LOST
}
