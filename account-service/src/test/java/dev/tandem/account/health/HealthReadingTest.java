package dev.tandem.account.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.account.health.domain.HealthReading;
import dev.tandem.events.health.HealthBand;
import dev.tandem.events.health.ScoreChanged;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HealthReadingTest {

    private static final UUID ACCOUNT = UUID.randomUUID();
    private static final Instant COMPUTED = Instant.parse("2026-03-02T06:00:04Z");
    private static final Instant SENT = Instant.parse("2026-03-02T06:00:05Z");

    @Test
    void aScoreChangeIsTimedByItsComputation() {
        HealthReading reading = HealthReading.of(change(64, HealthBand.YELLOW, COMPUTED), SENT);

        assertThat(reading).isEqualTo(new HealthReading(ACCOUNT, 64, HealthBand.YELLOW, COMPUTED));
    }

    @Test
    void withoutAComputationTimeTheEventsTimeOrdersIt() {
        assertThat(HealthReading.of(change(64, HealthBand.YELLOW, null), SENT).scoredAt())
                .isEqualTo(SENT);
        assertThatThrownBy(() -> HealthReading.of(change(64, HealthBand.YELLOW, null), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void notApplicableHasNeitherScoreNorBand() {
        assertThat(HealthReading.of(change(null, null, COMPUTED), SENT).score()).isNull();
        assertThatThrownBy(() -> new HealthReading(ACCOUNT, null, HealthBand.RED, COMPUTED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HealthReading(ACCOUNT, 40, null, COMPUTED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoresRunFromZeroToAHundred() {
        assertThat(new HealthReading(ACCOUNT, 0, HealthBand.RED, COMPUTED).score())
                .isZero();
        assertThat(new HealthReading(ACCOUNT, 100, HealthBand.GREEN, COMPUTED).score())
                .isEqualTo(100);
        assertThatThrownBy(() -> new HealthReading(ACCOUNT, -1, HealthBand.RED, COMPUTED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HealthReading(ACCOUNT, 101, HealthBand.GREEN, COMPUTED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ScoreChanged change(Integer score, HealthBand band, Instant computedAt) {
        return new ScoreChanged(ACCOUNT, UUID.randomUUID(), null, score, null, band, List.of(), computedAt);
    }
}
