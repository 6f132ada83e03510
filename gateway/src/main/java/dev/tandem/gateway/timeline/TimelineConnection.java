package dev.tandem.gateway.timeline;

import dev.tandem.gateway.paging.PageInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

/** A page of an account's timeline, Relay style: every edge has a cursor of its own. */
@Description("A page of the account timeline, newest first; pass pageInfo.endCursor (or any edge's cursor) as `after`.")
public record TimelineConnection(List<TimelineEdge> edges, PageInfo pageInfo) {

    public record TimelineEdge(String cursor, TimelineItem node) {}

    /**
     * The first {@code first} of the sources' items in {@link TimelineEntry#ORDER}; there is a next page when more were
     * read than fit, or when a source may hold more than it gave.
     */
    static TimelineConnection merge(List<SourceReader.Slice> slices, int first) {
        List<TimelineEntry> all = new ArrayList<>();
        slices.forEach(slice -> all.addAll(slice.items()));
        all.sort(TimelineEntry.ORDER);
        List<TimelineEntry> page = all.subList(0, Math.min(first, all.size()));
        boolean more = all.size() > first || slices.stream().anyMatch(SourceReader.Slice::more);
        List<TimelineEdge> edges = page.stream()
                .map(entry -> new TimelineEdge(entry.cursor().encode(), entry.item()))
                .toList();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new TimelineConnection(edges, new PageInfo(more && end != null, end));
    }
}
