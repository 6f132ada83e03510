package dev.tandem.health.domain.metric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.events.health.HealthMetric;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Other services name health metrics by the keys {@link HealthMetric} lists (a success plan's goal in cta-service), and
 * read their values from the {@code MeasureReading}s of score changes: the catalogue and the contract must agree.
 */
class MetricContractTest {

    @Test
    void theCatalogueAndTheEventContractNameTheSameMetrics() {
        assertThat(Metric.keys())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(HealthMetric.values())
                        .map(HealthMetric::key)
                        .toList());
    }
}
