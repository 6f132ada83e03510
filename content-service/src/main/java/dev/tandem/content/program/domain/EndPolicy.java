package dev.tandem.content.program.domain;

/** What happens when an onboarding period ends without success. */
public enum EndPolicy {
    /** Mark the onboarding failed and say so, so the CSM's follow-up assumes failure. The default. */
    PROCEED,
    /** Give the account one extension of the program's extension days; fail if that ends without success too. */
    EXTEND
}
