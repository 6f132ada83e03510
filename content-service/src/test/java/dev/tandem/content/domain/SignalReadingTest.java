package dev.tandem.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.content.item.domain.TextSearchLanguage;
import dev.tandem.content.milestone.domain.FactKind;
import dev.tandem.content.milestone.domain.UsageFact;
import dev.tandem.content.signal.domain.SignalReading;
import dev.tandem.events.signal.Signal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SignalReadingTest {

    private static final Instant AT = Instant.parse("2026-03-04T23:30:00Z");
    private static final Instant RECEIVED = Instant.parse("2026-03-06T08:00:00Z");

    @Test
    void theSameEventOfTheSameAccountHasOneKeyWhicheverWayItCame() {
        assertThat(SignalReading.dedupKey(signal("acme", "e1", "login", null, null, null)))
                .isEqualTo(SignalReading.dedupKey(signal("acme", "e1", "feature_used", "x", null, null)))
                .isNotEqualTo(SignalReading.dedupKey(signal("globex", "e1", "login", null, null, null)));
    }

    @Test
    void aViewNamesItsItemAndIsACompletionWhenSaidOrFullyWatched() {
        UUID item = UUID.randomUUID();
        assertThat(SignalReading.view(signal("acme", "1", "content_viewed", item.toString(), null, null), RECEIVED))
                .contains(new SignalReading.View(item, "ana", false, AT));
        assertThat(SignalReading.view(
                                signal("acme", "2", "content_viewed", null, 1.0, Map.of("contentId", item.toString())),
                                RECEIVED)
                        .orElseThrow()
                        .completed())
                .isTrue();
        assertThat(SignalReading.view(
                                signal("acme", "3", "content_viewed", item.toString(), null, Map.of("completed", true)),
                                RECEIVED)
                        .orElseThrow()
                        .completed())
                .isTrue();
        assertThat(SignalReading.view(signal("acme", "4", "content_viewed", "pricing-page", null, null), RECEIVED))
                .isEmpty();
        assertThat(SignalReading.view(signal("acme", "5", "login", item.toString(), null, null), RECEIVED))
                .isEmpty();
    }

    @Test
    void usageFactsAreKeptByUtcDayAndSeatsByUser() {
        assertThat(SignalReading.fact(signal("acme", "1", "seat_activated", null, null, null), RECEIVED))
                .contains(new UsageFact(FactKind.SEAT, "ana", LocalDate.of(2026, 3, 4), 1));
        assertThat(SignalReading.fact(signal("acme", "2", "setup_step_completed", "sso", null, null), RECEIVED))
                .contains(new UsageFact(FactKind.SETUP_STEP, "sso", LocalDate.of(2026, 3, 4), 1));
        assertThat(SignalReading.fact(signal("acme", "3", "setup_step_completed", null, null, null), RECEIVED))
                .as("a setup step without a name names nothing a milestone could ask for")
                .isEmpty();
        assertThat(SignalReading.fact(signal("acme", "4", "email_opened", null, null, null), RECEIVED))
                .isEmpty();
    }

    @Test
    void languagesMapToTheirSearchConfiguration() {
        assertThat(TextSearchLanguage.configurationFor("en")).isEqualTo("english");
        assertThat(TextSearchLanguage.configurationFor("de-CH")).isEqualTo("german");
        assertThat(TextSearchLanguage.configurationFor("ja")).isEqualTo("simple");
    }

    private static Signal signal(
            String account, String eventId, String type, String name, Double value, Map<String, Object> properties) {
        return new Signal(eventId, account, "ana", type, name, AT, value, properties);
    }
}
