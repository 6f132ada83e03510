package dev.tandem.cta.delivery.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A short message for a person in a chat channel: a title and a few lines, written out in the JSON a Slack- or
 * Teams-compatible incoming webhook accepts. Lengths are cut to what those receivers take (a Slack header holds 150
 * characters, a section 3,000), so a long account name cannot make a receiver refuse the whole message.
 */
public record ChatMessage(String title, List<String> lines) {

    static final int TITLE_LIMIT = 150;
    static final int TEXT_LIMIT = 3000;

    public ChatMessage {
        title = cut(title == null ? "" : title, TITLE_LIMIT);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** Slack: {@code text} is the notification and fallback; the blocks are what the channel shows. */
    public Map<String, Object> slack() {
        String body = cut(
                String.join("\n", lines.stream().map(ChatMessage::slackEscaped).toList()), TEXT_LIMIT);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("text", cut(slackEscaped(title) + (body.isEmpty() ? "" : "\n" + body), TEXT_LIMIT));
        List<Map<String, Object>> blocks = new java.util.ArrayList<>();
        blocks.add(Map.of("type", "header", "text", Map.of("type", "plain_text", "text", title)));
        if (!body.isEmpty()) {
            blocks.add(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", body)));
        }
        message.put("blocks", blocks);
        return message;
    }

    /** Teams: a MessageCard, which Teams' incoming webhooks and Power Automate relays both accept. */
    public Map<String, Object> teams() {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("@type", "MessageCard");
        card.put("@context", "https://schema.org/extensions");
        card.put("summary", title);
        card.put("title", title);
        // Teams renders the text as Markdown, where a line break needs a blank line.
        card.put("text", cut(String.join("\n\n", lines), TEXT_LIMIT));
        return card;
    }

    /** Slack reads &, < and > as markup (links, mentions); a customer's name must not become one. */
    static String slackEscaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
