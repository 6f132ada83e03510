package dev.tandem.account.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.account.segment.domain.TouchModelBands;
import dev.tandem.events.account.TouchModel;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TouchModelBandsTest {

    @ParameterizedTest(name = "ARR {0} is {1}-touch")
    @CsvSource({"0, TECH", "9999.99, TECH", "10000, LOW", "49999.99, LOW", "50000, HIGH", "2000000, HIGH"})
    void defaultBandsAreInclusiveAtTheirLowerBound(String arr, TouchModel expected) {
        assertThat(TouchModelBands.DEFAULT.touchModelFor(new BigDecimal(arr), "Growth"))
                .isEqualTo(expected);
    }

    @Test
    void bandsMustRise() {
        assertThatThrownBy(() -> new TouchModelBands(new BigDecimal("10000"), new BigDecimal("10000")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TouchModelBands(new BigDecimal("10000"), new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
