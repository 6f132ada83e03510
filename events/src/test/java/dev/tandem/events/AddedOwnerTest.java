package dev.tandem.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.events.cta.CtaClosed;
import dev.tandem.events.cta.CtaOutcome;
import dev.tandem.events.cta.CtaSnoozed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code ownerId} joined the v1 snoozed and closed events later, without a new version: events written before it must
 * still read with the new records, and events written after it must still read with the old ones.
 */
class AddedOwnerTest {

    /** Readers as the services have them: Quarkus' ObjectMapper ignores properties a record does not know. */
    private static final ObjectMapper LENIENT =
            SampleJson.MAPPER.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The snoozed event's record as it was before the owner was added. */
    record SnoozedBeforeOwner(UUID ctaId, UUID accountId, LocalDate snoozedUntil, String reason, Instant snoozedAt) {}

    /** The closed event's record as it was before the owner was added. */
    record ClosedBeforeOwner(UUID ctaId, UUID accountId, CtaOutcome outcome, String reason, Instant closedAt) {}

    @Test
    void aSnoozeWrittenBeforeTheOwnerReadsWithoutOne() throws Exception {
        ObjectNode older = dataWithoutOwner(CtaSnoozed.class);

        CtaSnoozed snoozed = SampleJson.MAPPER.treeToValue(older, CtaSnoozed.class);

        assertThat(snoozed.ownerId()).isNull();
        assertThat(snoozed.snoozedUntil())
                .isEqualTo(LocalDate.parse(older.get("snoozedUntil").asText()));
    }

    @Test
    void aCloseWrittenBeforeTheOwnerReadsWithoutOne() throws Exception {
        ObjectNode older = dataWithoutOwner(CtaClosed.class);

        CtaClosed closed = SampleJson.MAPPER.treeToValue(older, CtaClosed.class);

        assertThat(closed.ownerId()).isNull();
        assertThat(closed.outcome())
                .isEqualTo(CtaOutcome.valueOf(older.get("outcome").asText()));
    }

    @Test
    void aReaderOfTheOlderRecordsSkipsTheOwner() throws Exception {
        SnoozedBeforeOwner snoozed = LENIENT.treeToValue(data(CtaSnoozed.class), SnoozedBeforeOwner.class);
        ClosedBeforeOwner closed = LENIENT.treeToValue(data(CtaClosed.class), ClosedBeforeOwner.class);

        assertThat(snoozed.ctaId()).isNotNull();
        assertThat(snoozed.snoozedUntil()).isNotNull();
        assertThat(closed.outcome()).isNotNull();
    }

    private static ObjectNode data(Class<? extends TandemEvent> type) {
        return (ObjectNode) SampleJson.read(EventCatalog.of(type)).get("data");
    }

    private static ObjectNode dataWithoutOwner(Class<? extends TandemEvent> type) {
        ObjectNode data = data(type);
        assertThat(data.has("ownerId")).as("the sample names the owner").isTrue();
        data.remove("ownerId");
        return data;
    }
}
