package dev.tandem.gateway.content;

import dev.tandem.gateway.paging.Page;
import dev.tandem.gateway.paging.PageInfo;
import java.util.List;

/** The Relay connections of content-service's lists. */
final class Connections {

    private Connections() {}

    public record ContentConnection(List<ContentEdge> edges, PageInfo pageInfo) {

        static ContentConnection of(Page<ContentItem> page) {
            return new ContentConnection(
                    dev.tandem.gateway.paging.Connections.edges(page, ContentEdge::new), PageInfo.of(page));
        }
    }

    public record ContentEdge(String cursor, ContentItem node) {}

    public record ContentGapConnection(List<ContentGapEdge> edges, PageInfo pageInfo) {

        static ContentGapConnection of(Page<ContentGap> page) {
            return new ContentGapConnection(
                    dev.tandem.gateway.paging.Connections.edges(page, ContentGapEdge::new), PageInfo.of(page));
        }
    }

    public record ContentGapEdge(String cursor, ContentGap node) {}
}
