package dev.tandem.gateway.notification;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a person is told: e-mail, a Slack-compatible or a Teams-compatible incoming webhook.")
public enum NotificationChannel {
    EMAIL,
    SLACK,
    TEAMS
}
