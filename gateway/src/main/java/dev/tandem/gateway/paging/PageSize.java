package dev.tandem.gateway.paging;

import dev.tandem.gateway.error.InvalidInput;
import io.smallrye.mutiny.Uni;

/** Checks a connection's {@code first} against the services' own bound, before any service is called. */
public final class PageSize {

    /** What every service's list endpoint allows at most. */
    public static final int MAX = 200;

    private PageSize() {}

    /** The page size asked for, or a VALIDATION failure naming the bound. */
    public static Uni<Integer> checked(int first) {
        if (first < 1 || first > MAX) {
            return Uni.createFrom().failure(new InvalidInput("first: must be between 1 and " + MAX));
        }
        return Uni.createFrom().item(first);
    }
}
