package dev.tandem.health.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.health.ingest.domain.SignalItem;
import dev.tandem.health.ingest.domain.SignalValidation;
import dev.tandem.platform.problem.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalValidationTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private final SignalValidation rules = new SignalValidation(Duration.ofDays(90));

    @Test
    void aWellFormedBatchPasses() {
        assertThat(rules.check(
                        List.of(
                                signal("login", null, null, NOW.minusSeconds(60)),
                                signal("feature_used", "reports", 3.0, NOW),
                                signal("nps_response", null, 9.0, NOW.plusSeconds(240)),
                                signal("roi_reported", "hours saved", 12.5, NOW.minus(Duration.ofDays(89)))),
                        NOW))
                .isEmpty();
    }

    @Test
    void everyBadItemIsReportedByIndexAndField() {
        List<FieldError> errors = rules.check(
                List.of(
                        signal("login", null, null, NOW),
                        signal("teleport", null, null, NOW),
                        signal("nps_response", null, 11.0, NOW),
                        signal("login", null, null, NOW.plus(Duration.ofMinutes(6))),
                        signal("login", null, null, NOW.minus(Duration.ofDays(91))),
                        signal("feature_used", null, -1.0, NOW),
                        new SignalItem(null, "has space", null, "login", null, NOW, null, null)),
                NOW);

        assertThat(errors)
                .extracting(FieldError::field)
                .containsExactly(
                        "signals[1].type",
                        "signals[2].value",
                        "signals[3].occurredAt",
                        "signals[4].occurredAt",
                        "signals[5].name",
                        "signals[5].value",
                        "signals[6].eventId",
                        "signals[6].accountId");
    }

    @Test
    void npsMustBeAWholeNumberFromZeroToTen() {
        assertThat(rules.check(List.of(signal("nps_response", null, 7.5, NOW)), NOW))
                .hasSize(1);
        assertThat(rules.check(List.of(signal("nps_response", null, null, NOW)), NOW))
                .hasSize(1);
        assertThat(rules.check(List.of(signal("nps_response", null, 0.0, NOW)), NOW))
                .isEmpty();
        assertThat(rules.check(List.of(signal("nps_response", null, 10.0, NOW)), NOW))
                .isEmpty();
    }

    @Test
    void batchesAreBetweenOneAndAThousandSignals() {
        assertThat(rules.check(List.of(), NOW)).extracting(FieldError::field).containsExactly("signals");
        assertThat(rules.check(null, NOW)).extracting(FieldError::field).containsExactly("signals");
        List<SignalItem> thousandAndOne = new ArrayList<>(Collections.nCopies(1001, signal("login", null, null, NOW)));
        assertThat(rules.check(thousandAndOne, NOW))
                .extracting(FieldError::reason)
                .containsExactly("must hold at most 1000 signals");
        assertThat(rules.check(thousandAndOne.subList(0, 1000), NOW)).isEmpty();
    }

    private static SignalItem signal(String type, String name, Double value, Instant at) {
        return new SignalItem("evt-1", "acme", "u-1", type, name, at, value, null);
    }
}
