package dev.tandem.cta.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON Slack- and Teams-compatible incoming webhooks accept, bounded to what they take. */
class ChatMessageTest {

    @Test
    @SuppressWarnings("unchecked")
    void slackGetsTextForTheNotificationAndBlocksForTheChannel() {
        Map<String, Object> slack =
                new ChatMessage("CTA assigned", List.of("Acme <Corp> & co", "due 2026-12-09")).slack();

        assertThat(slack.get("text")).isEqualTo("CTA assigned\nAcme &lt;Corp&gt; &amp; co\ndue 2026-12-09");
        List<Map<String, Object>> blocks = (List<Map<String, Object>>) slack.get("blocks");
        assertThat(blocks).extracting(b -> b.get("type")).containsExactly("header", "section");
        assertThat(blocks.get(0).get("text")).isEqualTo(Map.of("type", "plain_text", "text", "CTA assigned"));
        assertThat(((Map<String, Object>) blocks.get(1).get("text")).get("type"))
                .isEqualTo("mrkdwn");
    }

    @Test
    void teamsGetsAMessageCardWithMarkdownParagraphs() {
        Map<String, Object> teams = new ChatMessage("Account turned Red", List.of("Acme", "score 31")).teams();

        assertThat(teams)
                .containsEntry("@type", "MessageCard")
                .containsEntry("@context", "https://schema.org/extensions")
                .containsEntry("summary", "Account turned Red")
                .containsEntry("title", "Account turned Red")
                .containsEntry("text", "Acme\n\nscore 31");
    }

    @Test
    void aLongTitleIsCutToWhatSlackTakesInAHeader() {
        ChatMessage message = new ChatMessage("x".repeat(400), List.of("y".repeat(5000)));

        assertThat(message.title()).hasSize(ChatMessage.TITLE_LIMIT).endsWith("…");
        assertThat((String) message.slack().get("text")).hasSize(ChatMessage.TEXT_LIMIT);
        assertThat((String) message.teams().get("text")).hasSize(ChatMessage.TEXT_LIMIT);
    }
}
