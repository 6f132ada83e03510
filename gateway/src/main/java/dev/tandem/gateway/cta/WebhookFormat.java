package dev.tandem.gateway.cta;

import org.eclipse.microprofile.graphql.Description;

@Description("The body a CALL_WEBHOOK action posts, signed alike: Tandem's own JSON, a Slack-compatible or a Microsoft"
        + " Teams-compatible incoming webhook message.")
public enum WebhookFormat {
    TANDEM,
    SLACK,
    TEAMS
}
