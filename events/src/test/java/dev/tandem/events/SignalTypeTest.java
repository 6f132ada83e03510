package dev.tandem.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.events.signal.Signal;
import dev.tandem.events.signal.SignalType;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SignalTypeTest {

    @ParameterizedTest
    @EnumSource(SignalType.class)
    void wireNameRoundTrips(SignalType type) {
        assertThat(SignalType.fromWireName(type.wireName())).contains(type);
    }

    @Test
    void wireNamesAreExactlyTheDocumentedTypes() {
        assertThat(Arrays.stream(SignalType.values()).map(SignalType::wireName))
                .containsExactly(
                        "login",
                        "feature_used",
                        "seat_activated",
                        "setup_step_completed",
                        "invite_sent",
                        "invite_accepted",
                        "email_opened",
                        "email_clicked",
                        "ticket_opened",
                        "ticket_closed",
                        "event_attended",
                        "community_post",
                        "nps_response",
                        "survey_response",
                        "roi_reported",
                        "content_viewed",
                        "website_visit",
                        "custom");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"FEATURE_USED", "feature-used", "featureUsed", "page_view"})
    void unknownWireNameIsEmpty(String wireName) {
        assertThat(SignalType.fromWireName(wireName)).isEmpty();
    }

    @Test
    void signalExposesItsTypeAsEnum() {
        Signal signal = signal("nps_response", null);

        assertThat(signal.signalType()).isEqualTo(SignalType.NPS_RESPONSE);
        assertThat(signal.subject()).isEqualTo("acct_1");
    }

    @Test
    void signalRejectsAnUnknownType() {
        assertThatThrownBy(() -> signal("page_view", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("page_view");
    }

    @Test
    void signalPropertiesMayHoldNullsAndAreNotSharedWithTheCaller() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("comment", null);

        Signal signal = signal("survey_response", properties);
        properties.put("late", "change");

        assertThat(signal.properties()).containsOnlyKeys("comment");
        assertThatThrownBy(() -> signal.properties().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    private static Signal signal(String type, Map<String, Object> properties) {
        return new Signal("evt_1", "acct_1", null, type, null, Instant.parse("2026-01-01T00:00:00Z"), 9.0, properties);
    }
}
