package dev.tandem.cta.timeline.service;

import dev.tandem.cta.timeline.domain.SearchHit;
import dev.tandem.cta.timeline.domain.SearchScope;
import dev.tandem.cta.timeline.domain.TouchpointView;
import dev.tandem.cta.timeline.repository.TouchpointRepository;
import dev.tandem.cta.timeline.repository.TouchpointSearch;
import dev.tandem.cta.timeline.repository.TouchpointSearch.Hit;
import dev.tandem.platform.paging.Cursor;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.problem.InvalidInputException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Full-text search over one account's touchpoints or a CSM's book, best match first. Pages by position: a ranked list
 * has no stable key to continue after, and people read the first pages of a search, not the thousandth.
 */
@ApplicationScoped
public class TouchpointFinder {

    /** How deep a search pages: past it, the query should say more. */
    static final long DEEPEST = 1_000;

    private final TouchpointSearch search;
    private final TouchpointRepository touchpoints;
    private final TouchpointReader reader;

    public TouchpointFinder(TouchpointSearch search, TouchpointRepository touchpoints, TouchpointReader reader) {
        this.search = search;
        this.touchpoints = touchpoints;
        this.reader = reader;
    }

    @WithSession
    public Uni<Page<SearchHit>> search(SearchScope scope, String query, int first, String after) {
        long offset =
                after == null ? 0 : Cursor.longPart(Cursor.decode(after, 1).get(0));
        if (offset < 0 || offset > DEEPEST) {
            throw new InvalidInputException("after", "is not a cursor returned by this API");
        }
        int limit = (int) Math.min(first, DEEPEST - offset) + 1;
        return search.search(scope, query.strip(), offset, limit).chain(hits -> {
            boolean hasMore = hits.size() > first && offset + first < DEEPEST;
            List<Hit> page = hits.subList(0, Math.min(first, hits.size()));
            return touchpoints
                    .live(page.stream().map(Hit::id).toList())
                    .chain(reader::withParticipants)
                    .map(views -> {
                        Map<UUID, TouchpointView> byId =
                                views.stream().collect(Collectors.toMap(v -> v.touchpoint().id, Function.identity()));
                        List<SearchHit> found = new ArrayList<>();
                        for (Hit hit : page) {
                            TouchpointView view = byId.get(hit.id());
                            if (view != null) {
                                found.add(new SearchHit(view, hit.rank(), hit.headline()));
                            }
                        }
                        String next = hasMore ? Cursor.encode(List.of(String.valueOf(offset + first))) : null;
                        return new Page<>(found, next, hasMore);
                    });
        });
    }
}
