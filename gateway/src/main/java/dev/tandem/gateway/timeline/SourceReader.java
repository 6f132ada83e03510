package dev.tandem.gateway.timeline;

import dev.tandem.gateway.account.Account;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads from one source the items a page may hold: the first {@code want} it has after the cursor that the filter
 * admits. A source filters by time only, so when the filter or the cursor drop some of a full answer, the reader asks
 * again from the oldest item it got (items at that very time come again and count once), a few rounds at most.
 */
final class SourceReader {

    /** What one source gave for a page, and whether it may hold more after it. */
    record Slice(List<TimelineEntry> items, boolean more) {}

    static final int MAX_ROUNDS = 4;

    private SourceReader() {}

    static Uni<Slice> read(
            TimelineSource source, Account account, Instant before, int want, Predicate<TimelineEntry> keep) {
        return round(source, account, before, want, keep, new LinkedHashMap<>(), 1);
    }

    private static Uni<Slice> round(
            TimelineSource source,
            Account account,
            Instant before,
            int want,
            Predicate<TimelineEntry> keep,
            Map<String, TimelineEntry> kept,
            int round) {
        return source.before(account, before, want).chain(items -> {
            items.stream().filter(keep).forEach(entry -> kept.putIfAbsent(entry.kind() + "/" + entry.id(), entry));
            boolean more = items.size() >= want;
            Instant oldest =
                    items.isEmpty() ? null : items.get(items.size() - 1).occurredAt();
            boolean progressed = oldest != null && (before == null || oldest.isBefore(before));
            if (!more || kept.size() >= want || round >= MAX_ROUNDS || !progressed) {
                return Uni.createFrom().item(new Slice(new ArrayList<>(kept.values()), more));
            }
            return round(source, account, oldest, want, keep, kept, round + 1);
        });
    }
}
