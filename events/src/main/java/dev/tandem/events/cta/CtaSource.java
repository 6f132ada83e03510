package dev.tandem.events.cta;

/** What created a CTA: a rule firing, a person in the UI, or an API client. */
public enum CtaSource {
    RULE,
    MANUAL,
    API
}
