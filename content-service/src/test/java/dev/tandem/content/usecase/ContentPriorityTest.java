package dev.tandem.content.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.content.usecase.domain.ContentPriority;
import org.junit.jupiter.api.Test;

class ContentPriorityTest {

    @Test
    void priorityIsFrequencyTimesMinutes() {
        assertThat(ContentPriority.of(40, 25)).isEqualTo(1_000);
    }

    @Test
    void aFrequentShortQuestionCanOutrankARareLongOne() {
        assertThat(ContentPriority.of(120, 10)).isGreaterThan(ContentPriority.of(5, 90));
    }

    @Test
    void largeFiguresDoNotOverflow() {
        assertThat(ContentPriority.of(1_000_000, 10_000)).isEqualTo(10_000_000_000L);
    }

    @Test
    void negativeFiguresAreRefused() {
        assertThatThrownBy(() -> ContentPriority.of(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
