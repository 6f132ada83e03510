package dev.tandem.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void deadLetterTopicAppendsDlq() {
        assertThat(Topics.deadLetter(Topics.ACCOUNT_EVENTS)).isEqualTo("account.events.dlq");
        assertThat(Topics.deadLetter(Topics.SIGNALS_RAW)).isEqualTo("signals.raw.dlq");
    }

    @Test
    void topicNamesAreTheDocumentedOnes() {
        assertThat(new String[] {
                    Topics.ACCOUNT_EVENTS,
                    Topics.SIGNALS_RAW,
                    Topics.HEALTH_EVENTS,
                    Topics.CTA_EVENTS,
                    Topics.CONTENT_EVENTS
                })
                .containsExactly("account.events", "signals.raw", "health.events", "cta.events", "content.events");
    }
}
