package dev.tandem.gateway.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Builds the edges of Relay connections from a service's page. The services hand out a cursor per page, not per item,
 * so only a page's last edge carries a cursor (the page's end cursor); the others carry none.
 */
public final class Connections {

    public static final int DEFAULT_FIRST = 50;

    private Connections() {}

    public static <T, E> List<E> edges(Page<T> page, BiFunction<String, T, E> edge) {
        List<E> edges = new ArrayList<>(page.items().size());
        for (int i = 0; i < page.items().size(); i++) {
            boolean last = i == page.items().size() - 1;
            edges.add(edge.apply(last ? page.nextCursor() : null, page.items().get(i)));
        }
        return edges;
    }
}
