package dev.tandem.health.domain.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** One group of a scorecard (a DEAR dimension, say) with its relative weight and its measures. */
public record GroupInput(String key, String name, BigDecimal weight, List<MeasureInput> measures) {

    public GroupInput {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(weight, "weight");
        if (weight.signum() < 0) {
            throw new IllegalArgumentException("Group weights must not be negative: " + key);
        }
        measures = List.copyOf(measures);
    }
}
