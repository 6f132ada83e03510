package dev.tandem.events.cta;

/**
 * How a CTA was closed: the risk or opportunity was handled, or it was lost (both by a person), or the platform
 * resolved it because the condition that opened it cleared and stayed clear for the rule's period (added to v1 later).
 */
public enum CtaOutcome {
    CLOSED_SUCCESS,
    CLOSED_LOST,
    RESOLVED
}
