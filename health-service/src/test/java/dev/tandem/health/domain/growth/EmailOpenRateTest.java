package dev.tandem.health.domain.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EmailOpenRateTest {

    @Test
    void isOpenedPerSentToFourPlacesHalfUp() {
        assertThat(EmailOpenRate.of(1, 3)).isEqualByComparingTo("0.3333");
        assertThat(EmailOpenRate.of(2, 3)).isEqualByComparingTo("0.6667");
        assertThat(EmailOpenRate.of(0, 5)).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void nothingSentIsNoRateNotZero() {
        assertThat(EmailOpenRate.of(0, 0)).isNull();
        assertThat(EmailOpenRate.of(4, 0)).isNull();
    }

    @Test
    void repeatedOpensMayTakeItAboveOne() {
        assertThat(EmailOpenRate.of(3, 2)).isEqualByComparingTo("1.5");
    }

    @Test
    void negativeCountsAreABug() {
        assertThatThrownBy(() -> EmailOpenRate.of(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
