package dev.tandem.gateway.paging;

import org.eclipse.microprofile.graphql.Description;

/** Relay's page info. The services page forward only, so there is no previous page to go to. */
@Description("Where a page stands: pass endCursor as `after` to get the next page.")
public record PageInfo(boolean hasNextPage, String endCursor) {

    public static PageInfo of(Page<?> page) {
        return new PageInfo(page.hasMore(), page.nextCursor());
    }
}
