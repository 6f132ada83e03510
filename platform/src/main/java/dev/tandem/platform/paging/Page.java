package dev.tandem.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with the cursor to pass as {@code after} for the next one.
 *
 * @param nextCursor null on the last page
 */
public record Page<T>(List<T> items, String nextCursor, boolean hasMore) {

    /**
     * Builds a page from a query that fetched one item more than asked for, which is how it knows whether more
     * follow without counting.
     */
    public static <T> Page<T> of(List<T> fetched, int first, Function<T, String> cursorOf) {
        boolean hasMore = fetched.size() > first;
        List<T> items = hasMore ? fetched.subList(0, first) : fetched;
        String next = hasMore ? cursorOf.apply(items.get(items.size() - 1)) : null;
        return new Page<>(List.copyOf(items), next, hasMore);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor, hasMore);
    }
}
