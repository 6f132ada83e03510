package dev.tandem.gateway.cta;

/** Where a CTA stands, as cta-service names it: RESOLVED when the platform closed it as its condition cleared. */
public enum CtaStatus {
    OPEN,
    CLOSED_SUCCESS,
    CLOSED_LOST,
    RESOLVED
}
