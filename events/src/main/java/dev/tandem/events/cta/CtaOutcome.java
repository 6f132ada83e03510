package dev.tandem.events.cta;

/** How a CTA was closed: the risk or opportunity was handled, or it was lost. */
public enum CtaOutcome {
    CLOSED_SUCCESS,
    CLOSED_LOST
}
