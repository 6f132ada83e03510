package dev.tandem.cta.cta.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.events.account.TouchModel;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueuesTest {

    private static final Map<String, String> SEGMENTS = Map.of("TECH", "Digital CS");

    @Test
    void aTechTouchAccountsCtaWaitsInTheDigitalQueue() {
        assertThat(Queues.of(TouchModel.TECH, SEGMENTS, "Unassigned")).isEqualTo("Digital CS");
    }

    @Test
    void aSegmentWithoutAQueueOrAnUnknownOneGoesToTheDefaultQueue() {
        assertThat(Queues.of(TouchModel.HIGH, SEGMENTS, "Unassigned")).isEqualTo("Unassigned");
        assertThat(Queues.of(null, SEGMENTS, "Unassigned")).isEqualTo("Unassigned");
    }
}
