package dev.tandem.gateway.timeline;

import dev.tandem.gateway.account.Account;
import dev.tandem.gateway.paging.PageSize;
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
 * again from the oldest item it got (items at that very time come again and count once), or, when the whole answer
 * was at the cursor's own time, for more at that time (up to 200), a few rounds at most.
 */
final class SourceReader {

    /** What one source gave for a page, and whether it may hold more after it. */
    record Slice(List<TimelineEntry> items, boolean more) {}

    static final int MAX_ROUNDS = 4;

    private SourceReader() {}

    static Uni<Slice> read(
            TimelineSource source, Account account, Instant before, int want, Predicate<TimelineEntry> keep) {
        return round(source, account, before, want, want, keep, new LinkedHashMap<>(), 1);
    }

    private static Uni<Slice> round(
            TimelineSource source,
            Account account,
            Instant before,
            int want,
            int limit,
            Predicate<TimelineEntry> keep,
            Map<String, TimelineEntry> kept,
            int round) {
        return source.before(account, before, limit).chain(items -> {
            items.stream().filter(keep).forEach(entry -> kept.putIfAbsent(entry.kind() + "/" + entry.id(), entry));
            boolean more = items.size() >= limit;
            Instant oldest =
                    items.isEmpty() ? null : items.get(items.size() - 1).occurredAt();
            boolean progressed = oldest != null && (before == null || oldest.isBefore(before));
            if (!more || kept.size() >= want || round >= MAX_ROUNDS) {
                return Uni.createFrom().item(new Slice(new ArrayList<>(kept.values()), more));
            }
            if (progressed) {
                return round(source, account, oldest, want, limit, keep, kept, round + 1);
            }
            // A whole answer at the cursor's very time (onboarding steps share their day's start): only a larger one
            // reaches past the items the cursor has shown.
            if (limit >= PageSize.MAX) {
                return Uni.createFrom().item(new Slice(new ArrayList<>(kept.values()), more));
            }
            return round(source, account, before, want, Math.min(PageSize.MAX, limit * 4), keep, kept, round + 1);
        });
    }
}
