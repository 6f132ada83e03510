package dev.tandem.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UpTimesTest {

    @AfterEach
    void clear() {
        System.clearProperty(UpTimes.COMMAND_STARTED);
    }

    @Test
    void theCommandStartIsWhatTheScriptPassed() {
        System.setProperty(UpTimes.COMMAND_STARTED, "1765000000000");

        assertThat(UpTimes.commandStarted()).isEqualTo(Instant.ofEpochMilli(1_765_000_000_000L));
    }

    @Test
    void withoutTheScriptItIsThisJvmsStart() {
        assertThat(UpTimes.commandStarted())
                .isBefore(Instant.now())
                .isAfter(Instant.now().minusSeconds(3600));
    }

    @Test
    void aRestartWithoutBuildOrDemoNamesOnlyTheStart() {
        UpTimes times = new UpTimes(Duration.ofMillis(55_900), Duration.ofMillis(55_400), Duration.ZERO);

        assertThat(times.describe()).isEqualTo("55.9 s: start 55.4 s");
    }

    @Test
    void partsNeverExceedTheWhole() {
        UpTimes times = new UpTimes(Duration.ofSeconds(10), Duration.ofSeconds(8), Duration.ofSeconds(3));

        assertThat(times.beforeStarting()).isZero();
    }
}
