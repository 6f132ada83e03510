package dev.tandem.health.change.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.Map;

/**
 * Transaction-scoped advisory locks that keep one subject (an account, an end user) to one rescoring at a time. A lock
 * is named by a space (which kind of subject) and a key (an int hash of the subject); two subjects sharing a key only
 * wait for each other.
 */
public final class RescoringLocks {

    private RescoringLocks() {}

    /** An expression taking the lock of the subject whose key {@code keyExpression} computes, in {@code space}. */
    public static String lock(String space, String keyExpression) {
        return "pg_advisory_xact_lock(hashtext('%s'), %s)".formatted(space, keyExpression);
    }

    /**
     * Takes the locks of every row of {@code rows} (a {@code FROM} item, with its {@code parameters}), each key once and
     * in key order, so that two holds of overlapping subjects never wait for each other crosswise. The keys are ordered
     * in a subquery of their own: a function in an ordered query's select list may be evaluated before the sort.
     */
    public static Uni<Void> holdAll(String space, String keyExpression, String rows, Map<String, Object> parameters) {
        String sql = "SELECT count(*) FROM (SELECT " + lock(space, "key") + " FROM (SELECT DISTINCT " + keyExpression
                + " AS key FROM " + rows + " ORDER BY key) keys) held";
        return Panache.getSession()
                .chain(session -> {
                    var hold = session.createNativeQuery(sql, Long.class);
                    parameters.forEach(hold::setParameter);
                    return hold.getSingleResult();
                })
                .replaceWithVoid();
    }
}
