package dev.tandem.health.change;

import dev.tandem.platform.sql.NativeSql;
import dev.tandem.platform.sql.NativeStatement;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What changed and waits to be rescored: one row per committed change, naming the subjects it changed. Recording a
 * change inserts a row and locks nothing, so it never waits for a rescoring or for another change; a {@link ChangeDrain}
 * claims the changes waiting and rescores each subject they name once, whatever the number of changes naming it. All
 * calls run inside the caller's transaction.
 *
 * <p>Only committed changes can be claimed. So a rescoring never misses a change it was claimed for: its reads come
 * after the change committed. A change committing while its subject is being rescored is a new row, claimed and
 * rescored in a later round.
 *
 * <p>A change table has {@code id bigserial}, {@code size int} (how many it names, so a claim can add up sizes without
 * reading the lists), {@code changed_at} and {@code claimed_until}, plus one text array per column naming the subjects.
 *
 * @param <K> what a change names
 */
public abstract class ChangeQueue<K> {

    private final String table;
    private final List<String> columns;
    private final SubjectKind<K> kind;

    /**
     * @param table the change table
     * @param columns its text array columns, one per column of the {@code kind}'s names
     */
    protected ChangeQueue(String table, List<String> columns, SubjectKind<K> kind) {
        if (columns.size() != kind.columns()) {
            throw new IllegalArgumentException("One array column per name column of " + kind.plural());
        }
        this.table = table;
        this.columns = List.copyOf(columns);
        this.kind = kind;
    }

    public SubjectKind<K> kind() {
        return kind;
    }

    /**
     * Whether claims take the newest changes first rather than the oldest: for a lane that only speeds some subjects
     * up, whose changes are also in a queue claimed oldest first, so none waits for ever.
     */
    protected boolean newestFirst() {
        return false;
    }

    /** Records that {@code changed} changed, in the transaction that changed them. */
    public Uni<Void> record(Collection<K> changed, Instant now) {
        return recording(changed, now)
                .map(NativeStatement::execute)
                .orElseGet(() -> Uni.createFrom().voidItem());
    }

    /**
     * The insert that records that {@code changed} changed, none if nothing did: for a transaction that writes the
     * change with its other writes as one statement ({@link NativeStatement#executeTogether}).
     */
    public Optional<NativeStatement> recording(Collection<K> changed, Instant now) {
        return inserting(changed, now, null);
    }

    /**
     * Records {@code changed} to be rescored no sooner than {@code notBefore}: for subjects that could not be rescored,
     * so that one that keeps failing is not tried, and logged, every round.
     */
    Uni<Void> recordDeferred(Collection<K> changed, Instant now, Instant notBefore) {
        return inserting(changed, now, notBefore).orElseThrow().execute();
    }

    private Optional<NativeStatement> inserting(Collection<K> changed, Instant now, Instant notBefore) {
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<K> distinct = new TreeSet<>(kind.order());
        distinct.addAll(changed);
        String[][] named = kind.columnsOf(List.copyOf(distinct));
        Map<String, Object> parameters = new HashMap<>();
        List<String> values = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            values.add("CAST(:" + columns.get(c) + " AS text[])");
            parameters.put(columns.get(c), named[c]);
        }
        parameters.put("size", distinct.size());
        parameters.put("now", now);
        String claimedUntil = "NULL";
        if (notBefore != null) {
            // Looks claimed until then, so no claim takes it sooner.
            claimedUntil = "CAST(:notBefore AS timestamptz)";
            parameters.put("notBefore", notBefore);
        }
        return Optional.of(new NativeStatement(
                "INSERT INTO " + table + " (" + String.join(", ", columns) + ", size, changed_at, claimed_until)"
                        + " VALUES (" + String.join(", ", values) + ", :size, CAST(:now AS timestamptz), "
                        + claimedUntil + ")",
                parameters));
    }

    /**
     * Claims the changes waiting, oldest first (newest first where {@link #newestFirst}), until they name about
     * {@code size} subjects (the change that passes the count is taken whole, and a first change always), for
     * rescoring until {@code until}. Call it in a transaction of its own, committed before rescoring: no other replica
     * takes the changes meanwhile, and a claim left by a crash runs out at {@code until}.
     *
     * <p>Two replicas may pick the same changes; the claim's condition is checked again on the row each one locks, so
     * only the first takes them. Each change names one subject at least, so no more than {@code size} changes are
     * read.
     */
    Uni<Claim<K>> claim(int size, Instant now, Instant until) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                """
                        UPDATE %1$s SET claimed_until = :until
                         WHERE (claimed_until IS NULL OR claimed_until < :now)
                           AND id = ANY(ARRAY(
                                SELECT id FROM (
                                    SELECT id, sum(size) OVER (ORDER BY id%2$s ROWS UNBOUNDED PRECEDING) - size AS before
                                      FROM %1$s
                                     WHERE claimed_until IS NULL OR claimed_until < :now
                                     ORDER BY id%2$s LIMIT :size) waiting
                                 WHERE before < :size))
                        RETURNING id, size
                        """.formatted(table, newestFirst() ? " DESC" : ""), Object[].class)
                        .setParameter("until", until)
                        .setParameter("now", now)
                        .setParameter("size", size)
                        .getResultList())
                .chain(claimed -> {
                    List<Long> changes = claimed.stream()
                            .map(row -> ((Number) row[0]).longValue())
                            .sorted()
                            .toList();
                    long namings = claimed.stream()
                            .mapToLong(row -> ((Number) row[1]).longValue())
                            .sum();
                    return changes.isEmpty()
                            ? Uni.createFrom().item(Claim.<K>none())
                            : namedBy(changes).map(named -> new Claim<>(changes, named, namings));
                });
    }

    /** What the {@code changes} name, each once, in the order they are rescored. */
    private Uni<List<K>> namedBy(List<Long> changes) {
        return NativeSql.rows(
                        "SELECT DISTINCT named.* FROM " + table + ", unnest(" + String.join(", ", columns)
                                + ") AS named" + OF_CHANGES,
                        Map.of("changes", ids(changes)))
                .map(rows -> {
                    TreeSet<K> named = new TreeSet<>(kind.order());
                    // A query of one column gives its values, not rows of one value.
                    for (Object row : (List<?>) rows) {
                        named.add(kind.fromRow(row instanceof Object[] values ? values : new Object[] {row}));
                    }
                    return List.copyOf(named);
                });
    }

    /** Keeps claimed changes claimed until {@code until}: a long claim's rescoring is still under way. */
    Uni<Void> renew(List<Long> changes, Instant until) {
        return byIds("UPDATE " + table + " SET claimed_until = CAST(:until AS timestamptz)", changes, until);
    }

    /** Ends claimed changes once what they name is rescored, in the transaction of the last rescoring. */
    Uni<Void> release(List<Long> changes) {
        return byIds("DELETE FROM " + table, changes, null);
    }

    /** Gives claimed changes back unrescored, e.g. after a rescoring failed, so they need not wait for the lease. */
    Uni<Void> giveBack(List<Long> changes) {
        return byIds("UPDATE " + table + " SET claimed_until = NULL", changes, null);
    }

    private static final String OF_CHANGES = " WHERE id = ANY(CAST(:changes AS bigint[]))";

    private Uni<Void> byIds(String statement, List<Long> changes, Instant until) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("changes", ids(changes));
        if (until != null) {
            parameters.put("until", until);
        }
        return NativeSql.execute(statement + OF_CHANGES, parameters);
    }

    private static Long[] ids(List<Long> changes) {
        return changes.toArray(Long[]::new);
    }
}
