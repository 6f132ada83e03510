package dev.tandem.gateway.content;

/** What happens when an onboarding period ends without success. */
public enum EndPolicy {
    /** The onboarding fails, and the CSM's follow-up assumes so. */
    PROCEED,
    /** One extension of the program's extension days; it fails if that ends without success too. */
    EXTEND
}
