package dev.tandem.events.cta;

/** How the customer came across in a touchpoint, as its author judged it. */
public enum TouchpointSentiment {
    POSITIVE,
    NEUTRAL,
    NEGATIVE
}
