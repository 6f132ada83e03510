package dev.tandem.gateway.timeline;

import dev.tandem.gateway.error.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of the timeline ended: the last item's time, kind and id. Opaque to clients; the next page holds the
 * items after it in {@link TimelineEntry#ORDER}.
 */
record TimelineCursor(Instant occurredAt, TimelineKind kind, String id) {

    private static final String SEPARATOR = "\u001f";

    String encode() {
        String text = occurredAt + SEPARATOR + kind.name() + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of {@code text}, null for none; VALIDATION for a text this field did not make. */
    static TimelineCursor decode(String text) throws InvalidInput {
        if (text == null) {
            return null;
        }
        try {
            String[] parts =
                    new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(SEPARATOR, -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("not three parts");
            }
            return new TimelineCursor(Instant.parse(parts[0]), TimelineKind.valueOf(parts[1]), parts[2]);
        } catch (RuntimeException e) {
            throw new InvalidInput("after: is not a cursor of this timeline; pass a page's endCursor");
        }
    }

    /** Whether {@code entry} comes after this cursor, so belongs on the next page. */
    boolean precedes(TimelineEntry entry) {
        return TimelineEntry.ORDER.compare(new TimelineEntry(occurredAt, kind, id, null, null, null), entry) < 0;
    }
}
