package dev.tandem.gateway.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.gateway.error.InvalidInput;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The merge's order, its cursors and its next page, without any service. */
class TimelineMergeTest {

    private static final Instant NOON = Instant.parse("2026-11-10T12:00:00Z");

    @Test
    void itemsAreNewestFirstThenByKindThenById() throws InvalidInput {
        TimelineEntry touchpointB = entry(NOON, TimelineKind.TOUCHPOINT, "b");
        TimelineEntry touchpointA = entry(NOON, TimelineKind.TOUCHPOINT, "a");
        TimelineEntry cta = entry(NOON, TimelineKind.CTA_OPENED, "z");
        TimelineEntry older = entry(NOON.minusSeconds(1), TimelineKind.BAND_CHANGED, "a");

        TimelineConnection page =
                TimelineConnection.merge(List.of(slice(false, touchpointB, touchpointA, older), slice(false, cta)), 3);

        assertThat(page.edges())
                .extracting(edge -> edge.node().getSummary())
                .containsExactly("CTA_OPENED z", "TOUCHPOINT a", "TOUCHPOINT b");
        assertThat(page.pageInfo().hasNextPage())
                .as("one more was read than fits")
                .isTrue();
        TimelineCursor end = TimelineCursor.decode(page.pageInfo().endCursor());
        assertThat(end).isEqualTo(touchpointB.cursor());
        assertThat(end.precedes(older)).isTrue();
        assertThat(end.precedes(touchpointA)).as("already shown").isFalse();
        assertThat(end.precedes(touchpointB)).as("the cursor's own item").isFalse();
    }

    @Test
    void aFullSourceMayHoldMoreAndAnEmptyPageHasNoNextPage() {
        TimelineEntry only = entry(NOON, TimelineKind.TOUCHPOINT, "a");

        assertThat(TimelineConnection.merge(List.of(slice(true, only)), 5)
                        .pageInfo()
                        .hasNextPage())
                .isTrue();
        assertThat(TimelineConnection.merge(List.of(slice(false, only)), 5)
                        .pageInfo()
                        .hasNextPage())
                .isFalse();
        assertThat(TimelineConnection.merge(List.of(), 5).pageInfo().endCursor())
                .isNull();
    }

    @Test
    void aCursorNotMadeHereIsRefusedNamingAfter() throws InvalidInput {
        assertThatThrownBy(() -> TimelineCursor.decode("bm90IGEgY3Vyc29y"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("after:");
        assertThat(TimelineCursor.decode(null)).isNull();
    }

    @Test
    void theFilterKeepsKindsTouchpointTypesAndPeople() throws InvalidInput {
        TimelineFilter qbrsWithAna = TimelineFilter.of(List.of(TimelineKind.TOUCHPOINT), List.of("QBR"), "ana");

        assertThat(qbrsWithAna.admits(touchpoint("QBR", "ana"))).isTrue();
        assertThat(qbrsWithAna.admits(touchpoint("CALL", "ana"))).isFalse();
        assertThat(qbrsWithAna.admits(touchpoint("QBR", "ben"))).isFalse();
        assertThat(TimelineFilter.of(null, null, null).admits(entry(NOON, TimelineKind.BAND_CHANGED, "x")))
                .isTrue();
        assertThatThrownBy(() -> TimelineFilter.of(null, List.of(""), null)).hasMessageStartingWith("touchpointTypes");
    }

    private static TimelineEntry touchpoint(String type, String person) {
        return new TimelineEntry(
                NOON,
                TimelineKind.TOUCHPOINT,
                "t",
                Set.of(person),
                type,
                new ContractItem(NOON, TimelineKind.TOUCHPOINT, "touchpoint", person));
    }

    private static TimelineEntry entry(Instant at, TimelineKind kind, String id) {
        return new TimelineEntry(at, kind, id, Set.of(), null, new ContractItem(at, kind, kind + " " + id, null));
    }

    private static SourceReader.Slice slice(boolean more, TimelineEntry... entries) {
        return new SourceReader.Slice(List.of(entries), more);
    }
}
