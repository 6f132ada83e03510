package dev.tandem.events.cta;

/** How urgently a CTA needs its owner's attention. */
public enum CtaPriority {
    LOW,
    MEDIUM,
    HIGH,
    URGENT
}
