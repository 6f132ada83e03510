package dev.tandem.cta.notification.domain;

/** What a CSM or cs-admin can be told about. */
public enum NotificationKind {
    /** Someone else made me the owner of a CTA, or a rule opened one for me. */
    CTA_ASSIGNED,
    /** One of my open CTAs is past its due date. */
    CTA_OVERDUE,
    /** One of my accounts entered the Red band. */
    ACCOUNT_RED,
    /** Someone at one of my accounts answered the NPS question with 6 or less. */
    DETRACTOR,
    /** Once a day: my open CTAs, and what I chose to receive in the digest. */
    DAILY_DIGEST
}
