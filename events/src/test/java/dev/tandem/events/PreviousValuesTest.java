package dev.tandem.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreviousValuesTest {

    @Test
    void keepsOnlyTheFieldsThatChangedWithTheirOldValues() {
        Map<String, Object> before = new HashMap<>(Map.of("plan", "Starter", "name", "Northwind"));
        before.put("industry", null);
        Map<String, Object> after =
                new HashMap<>(Map.of("plan", "Growth", "name", "Northwind", "industry", "Software"));

        Map<String, Object> previous = PreviousValues.between(before, after);

        assertThat(previous).hasSize(2).containsEntry("plan", "Starter").containsEntry("industry", null);
    }

    @Test
    void nothingChangedMeansNoPreviousValues() {
        Map<String, Object> state = Map.of("plan", "Growth");

        assertThat(PreviousValues.between(state, Map.copyOf(state))).isEmpty();
    }

    @Test
    void anAmountReadBackWithMoreDecimalsHasNotChanged() {
        Map<String, Object> previous = PreviousValues.between(
                Map.of("arr", new java.math.BigDecimal("12000.00")), Map.of("arr", new java.math.BigDecimal("12000")));

        assertThat(previous).isEmpty();
    }
}
