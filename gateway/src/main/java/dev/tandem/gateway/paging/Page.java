package dev.tandem.gateway.paging;

import java.util.List;

/**
 * A page as every service's list endpoint answers it.
 *
 * @param nextCursor what to pass as {@code after} for the next page; null on the last page
 */
public record Page<T>(List<T> items, String nextCursor, boolean hasMore) {

    public Page {
        items = items == null ? List.of() : items;
    }
}
