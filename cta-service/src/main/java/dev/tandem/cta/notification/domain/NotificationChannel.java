package dev.tandem.cta.notification.domain;

/** Where a person is reached. */
public enum NotificationChannel {
    EMAIL,
    SLACK,
    TEAMS
}
