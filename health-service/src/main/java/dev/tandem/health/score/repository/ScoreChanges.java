package dev.tandem.health.score.repository;

import dev.tandem.platform.sql.NativeSql;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Which accounts changed and wait to be rescored: one row per committed change, naming its accounts. Recording a change
 * inserts a row and locks nothing, so it never waits for a rescoring or for another change; a refresher claims the
 * changes waiting and rescores each account they name once, whatever the number of changes naming it. All calls run
 * inside the caller's transaction.
 *
 * <p>Only committed changes can be claimed. So a rescoring never misses a change it was claimed for: its reads come
 * after the change committed. A change committing while its account is being rescored is a new row, claimed and
 * rescored in a later round.
 */
@ApplicationScoped
public class ScoreChanges {

    /**
     * Changes claimed together: their ids, the accounts they name (each once, in code point order) and how many they
     * name in all, counting an account named by several changes each time.
     */
    public record Claimed(List<Long> changes, SortedSet<String> accounts, long named) {

        public static final Claimed NONE = new Claimed(List.of(), Collections.emptySortedSet(), 0);

        public boolean isEmpty() {
            return changes.isEmpty();
        }
    }

    /** Records that {@code accounts} changed, in the transaction that changed them. */
    public Uni<Void> record(Collection<String> accounts, Instant now) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String[] named = new TreeSet<>(accounts).toArray(String[]::new);
        return NativeSql.execute(
                "INSERT INTO score_change (accounts, size, changed_at)"
                        + " VALUES (CAST(:accounts AS text[]), :size, CAST(:now AS timestamptz))",
                Map.of("accounts", named, "size", named.length, "now", now));
    }

    /** Records a change of accounts named by Tandem's ids, those the projection knows (and has not erased). */
    public Uni<Void> recordByAccountIds(Collection<UUID> accountIds, Instant now) {
        if (accountIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("INSERT INTO score_change (accounts, size, changed_at)"
                                + " SELECT array_agg(external_id), count(*), :now FROM account_ref"
                                + " WHERE account_id IN (:accounts) AND NOT erased HAVING count(*) > 0")
                        .setParameter("accounts", List.copyOf(accountIds))
                        .setParameter("now", now)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * Claims the changes waiting, oldest first, until they name about {@code accounts} accounts (the change that passes
     * the count is taken whole, and a first change always), for rescoring until {@code until}. Call it in a transaction
     * of its own, committed before rescoring: no other replica takes the changes meanwhile, and a claim left by a crash
     * runs out at {@code until}.
     *
     * <p>Two replicas may pick the same changes; the claim's condition is checked again on the row each one locks, so
     * only the first takes them. Each change names an account at least, so no more than {@code accounts} changes are
     * read.
     */
    public Uni<Claimed> claim(int accounts, Instant now, Instant until) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                        UPDATE score_change SET claimed_until = :until
                         WHERE (claimed_until IS NULL OR claimed_until < :now)
                           AND id = ANY(ARRAY(
                                SELECT id FROM (
                                    SELECT id, sum(size) OVER (ORDER BY id ROWS UNBOUNDED PRECEDING) - size AS before
                                      FROM score_change
                                     WHERE claimed_until IS NULL OR claimed_until < :now
                                     ORDER BY id LIMIT :accounts) waiting
                                 WHERE before < :accounts))
                        RETURNING id, size
                        """, Object[].class)
                        .setParameter("until", until)
                        .setParameter("now", now)
                        .setParameter("accounts", accounts)
                        .getResultList())
                .chain(claimed -> {
                    List<Long> changes = claimed.stream()
                            .map(row -> ((Number) row[0]).longValue())
                            .sorted()
                            .toList();
                    long named = claimed.stream()
                            .mapToLong(row -> ((Number) row[1]).longValue())
                            .sum();
                    return changes.isEmpty()
                            ? Uni.createFrom().item(Claimed.NONE)
                            : accountsOf(changes).map(claimedAccounts -> new Claimed(changes, claimedAccounts, named));
                });
    }

    private static Uni<SortedSet<String>> accountsOf(List<Long> changes) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT DISTINCT unnest(accounts) FROM score_change"
                                        + " WHERE id = ANY(CAST(:changes AS bigint[]))",
                                String.class)
                        .setParameter("changes", changes.toArray(Long[]::new))
                        .getResultList())
                .map(TreeSet::new);
    }

    /** Keeps claimed changes claimed until {@code until}: a long claim's rescoring is still under way. */
    public Uni<Void> extend(List<Long> changes, Instant until) {
        return byIds(
                "UPDATE score_change SET claimed_until = CAST(:until AS timestamptz)", changes, Map.of("until", until));
    }

    /** Ends claimed changes once their accounts are rescored, in the transaction of the last rescoring. */
    public Uni<Void> release(List<Long> changes) {
        return byIds("DELETE FROM score_change", changes, Map.of());
    }

    /** Gives claimed changes back unrescored, e.g. after a rescoring failed, so they need not wait for the lease. */
    public Uni<Void> unclaim(List<Long> changes) {
        return byIds("UPDATE score_change SET claimed_until = NULL", changes, Map.of());
    }

    private static Uni<Void> byIds(String statement, List<Long> changes, Map<String, Object> parameters) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("changes", changes.toArray(Long[]::new));
        return NativeSql.execute(statement + " WHERE id = ANY(CAST(:changes AS bigint[]))", all);
    }
}
