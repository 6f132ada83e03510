package dev.tandem.gateway.timeline;

import dev.tandem.gateway.account.Account;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A service's list of what happened at an account, newest first, paged by time. */
interface TimelineSource {

    /** The kinds of its items. */
    Set<TimelineKind> kinds();

    /** Whether its items name people, so that the {@code person} filter can admit any. */
    boolean namesPeople();

    /**
     * The account's items that happened at or before {@code before} (null: any time), newest first, at most
     * {@code limit}; fewer only when there are no more.
     */
    Uni<List<TimelineEntry>> before(Account account, Instant before, int limit);
}
