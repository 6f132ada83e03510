package dev.tandem.health.domain.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RateTest {

    @Test
    void aShareToFourPlaces() {
        assertThat(Rate.of(1, 3)).isEqualByComparingTo("0.3333");
        assertThat(Rate.of(2, 3)).isEqualByComparingTo("0.6667");
        assertThat(Rate.of(0, 5)).isEqualByComparingTo("0");
    }

    @Test
    void noWholeIsNoRateNotZero() {
        assertThat(Rate.of(0, 0)).isNull();
    }

    @Test
    void aPartBeyondTheWholeIsADefect() {
        assertThatThrownBy(() -> Rate.of(4, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
