package dev.tandem.cta.delivery.domain;

/**
 * The body a webhook is sent in. Every format is signed the same way (HMAC headers); Slack and Teams ignore the
 * headers, but a proxy or a relay in front of them can check them.
 */
public enum WebhookFormat {
    /** Tandem's own JSON: the fields a program reads (rule, trigger, account). */
    TANDEM("webhook"),
    /** A Slack-compatible incoming webhook: {@code text} plus Block Kit {@code blocks}. */
    SLACK("slack"),
    /** A Microsoft Teams-compatible incoming webhook: a MessageCard. */
    TEAMS("teams");

    private final String channel;

    WebhookFormat(String channel) {
        this.channel = channel;
    }

    /** The channel a delivery in this format is listed under. */
    public String channel() {
        return channel;
    }
}
