package dev.tandem.gateway.touchpoint;

import dev.tandem.gateway.paging.Connections;
import dev.tandem.gateway.paging.Page;
import dev.tandem.gateway.paging.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

/** The Relay connection of a touchpoint search, best match first. */
public final class TouchpointSearch {

    private TouchpointSearch() {}

    @Description("A touchpoint a search found")
    public record TouchpointHit(
            Touchpoint touchpoint,

            @Description("How well it matched, higher first; comparable within one search only")
            double rank,

            @Description("The body's best passages, the matched words in **bold**")
            String headline) {}

    public record TouchpointHitConnection(List<TouchpointHitEdge> edges, PageInfo pageInfo) {

        static TouchpointHitConnection of(Page<TouchpointHit> page) {
            return new TouchpointHitConnection(Connections.edges(page, TouchpointHitEdge::new), PageInfo.of(page));
        }
    }

    public record TouchpointHitEdge(String cursor, TouchpointHit node) {}
}
