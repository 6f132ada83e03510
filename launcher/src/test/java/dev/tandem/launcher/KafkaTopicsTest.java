package dev.tandem.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KafkaTopicsTest {

    @Test
    void everyEventTopicHasADeadLetterTopic() {
        assertThat(KafkaTopics.all())
                .containsExactly(
                        "account.events",
                        "account.events.dlq",
                        "signals.raw",
                        "signals.raw.dlq",
                        "health.events",
                        "health.events.dlq",
                        "cta.events",
                        "cta.events.dlq",
                        "content.events",
                        "content.events.dlq");
    }
}
