package dev.tandem.gateway.notification;

import org.eclipse.microprofile.graphql.Description;

@Description("What a CSM or cs-admin can be told about: a CTA made theirs, a CTA of theirs overdue, one of their"
        + " accounts turned Red, a detractor at one of their accounts, and the daily digest of their cockpit.")
public enum NotificationKind {
    CTA_ASSIGNED,
    CTA_OVERDUE,
    ACCOUNT_RED,
    DETRACTOR,
    DAILY_DIGEST
}
