package dev.tandem.cta.cta.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A CTA opened or closed at {@code occurredAt}: what an account's timeline shows of its CTAs. */
public record CtaEvent(Instant occurredAt, Kind kind, Cta cta) {

    public enum Kind {
        OPENED,
        CLOSED
    }

    /** Newest first, then opened before closed, then by the CTA's id: the same order on every read. */
    private static final Comparator<CtaEvent> NEWEST_FIRST = Comparator.comparing(CtaEvent::occurredAt)
            .reversed()
            .thenComparing(CtaEvent::kind)
            .thenComparing(event -> event.cta().id);

    /**
     * The newest {@code limit} of the CTAs' openings and closings, from the newest openings and the latest closings
     * (each at most {@code limit}).
     */
    public static List<CtaEvent> merge(List<Cta> opened, List<Cta> closed, int limit) {
        List<CtaEvent> events = new ArrayList<>();
        opened.forEach(cta -> events.add(new CtaEvent(cta.createdAt, Kind.OPENED, cta)));
        closed.forEach(cta -> events.add(new CtaEvent(cta.closedAt, Kind.CLOSED, cta)));
        events.sort(NEWEST_FIRST);
        return events.subList(0, Math.min(limit, events.size()));
    }
}
