package dev.tandem.health.change;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.Collection;

/**
 * Keeps one subject to one rescoring at a time: a transaction-scoped advisory lock per subject, in its kind's lock space,
 * keyed by a hash of its name (two subjects sharing a hash only wait for each other). A rescoring holds its subjects
 * before it reads anything, so a second rescoring of one of them, on another replica or from a scorecard change, waits
 * and then reads the first one's stored score as the previous one: one change is announced once. An erasure of a user
 * holds them too, so a rescoring under way commits first and its score is erased with the rest.
 *
 * <p>Locks are taken in one order (of their keys), so two holds of overlapping subjects never wait for each other
 * crosswise; a hold taken again in the same transaction is free. Each lock takes a slot of the server's lock table
 * ({@code max_locks_per_transaction} times {@code max_connections}, 6,400 by default) until the transaction ends.
 */
public final class RescoringLocks {

    /**
     * The keys are ordered in a subquery of their own: a function in an ordered query's select list may be evaluated
     * before the sort. The lock space is written out, a constant, so that a wait on it shows in
     * {@code pg_stat_activity}.
     */
    private static final String HOLD = """
            SELECT count(*) FROM (
                SELECT pg_advisory_xact_lock(hashtext('%s'), key) FROM (
                    SELECT DISTINCT hashtext(name) AS key FROM unnest(CAST(:names AS text[])) AS name ORDER BY key
                ) keys
            ) held
            """;

    private RescoringLocks() {}

    /** Holds {@code subjects} until the caller's transaction ends. */
    public static <K> Uni<Void> hold(SubjectKind<K> kind, Collection<K> subjects) {
        if (subjects.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String[] names = subjects.stream().map(kind::lockName).toArray(String[]::new);
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(HOLD.formatted(kind.lockSpace()), Long.class)
                        .setParameter("names", names)
                        .getSingleResult())
                .replaceWithVoid();
    }
}
