package dev.tandem.health.change.repository;

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

/**
 * What changed and waits to be rescored (accounts, end users): one row per committed change, naming what it changed.
 * Recording a change inserts a row and locks nothing, so it never waits for a rescoring or for another change; a
 * refresher claims the changes waiting and rescores each thing they name once, whatever the number of changes naming
 * it. All calls run inside the caller's transaction.
 *
 * <p>Only committed changes can be claimed. So a rescoring never misses a change it was claimed for: its reads come
 * after the change committed. A change committing while its subject is being rescored is a new row, claimed and
 * rescored in a later round.
 *
 * <p>A change table has {@code id bigserial}, {@code size int} (how many it names, so a claim can add up sizes without
 * reading the lists), {@code changed_at} and {@code claimed_until}, plus the columns naming what changed.
 *
 * @param <K> what a change names
 */
public abstract class ChangeLog<K> {

    /**
     * Changes claimed together: their ids, what they name (each once, in the order they are rescored) and how many they
     * name in all, counting a subject named by several changes each time.
     */
    public record Claimed<K>(List<Long> changes, List<K> named, long namings) {

        public static <K> Claimed<K> none() {
            return new Claimed<>(List.of(), List.of(), 0);
        }

        public boolean isEmpty() {
            return changes.isEmpty();
        }
    }

    private final String table;
    private final String subjects;

    /**
     * @param table the change table
     * @param subjects what its changes name, in the plural, for logs
     */
    protected ChangeLog(String table, String subjects) {
        this.table = table;
        this.subjects = subjects;
    }

    /** What its changes name, in the plural: "accounts", say. */
    public String subjects() {
        return subjects;
    }

    /** Records that {@code changed} changed, in the transaction that changed them. */
    public Uni<Void> record(Collection<K> changed, Instant now) {
        return execute(recording(changed, now));
    }

    /**
     * Records that {@code changed} changed, to be rescored no sooner than {@code notBefore}: for subjects that could not
     * be rescored, so that one that keeps failing is not tried, and logged, every round.
     */
    public Uni<Void> recordDeferred(Collection<K> changed, Instant now, Instant notBefore) {
        return execute(inserting(changed, now, notBefore));
    }

    /**
     * The insert that records that {@code changed} changed, none if nothing did: for a transaction that writes the
     * change with its other writes as one statement ({@link NativeStatement#executeTogether}).
     */
    public Optional<NativeStatement> recording(Collection<K> changed, Instant now) {
        return inserting(changed, now, null);
    }

    /**
     * The columns of a change that name {@code changed} (not empty), each with its text array: one element per subject,
     * the arrays equally long.
     */
    protected abstract Map<String, String[]> naming(Collection<K> changed);

    private Optional<NativeStatement> inserting(Collection<K> changed, Instant now, Instant notBefore) {
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String[]> naming = naming(changed);
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        naming.forEach((column, named) -> {
            columns.add(column);
            values.add("CAST(:" + column + " AS text[])");
            parameters.put(column, named);
        });
        columns.addAll(List.of("size", "changed_at"));
        values.addAll(List.of(":size", "CAST(:now AS timestamptz)"));
        parameters.put("size", naming.values().iterator().next().length);
        parameters.put("now", now);
        if (notBefore != null) {
            // Looks claimed until then, so no claim takes it sooner.
            columns.add("claimed_until");
            values.add("CAST(:notBefore AS timestamptz)");
            parameters.put("notBefore", notBefore);
        }
        return Optional.of(new NativeStatement(
                "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + String.join(", ", values)
                        + ")",
                parameters));
    }

    private static Uni<Void> execute(Optional<NativeStatement> statement) {
        return statement
                .map(NativeStatement::execute)
                .orElseGet(() -> Uni.createFrom().voidItem());
    }

    /** What the {@code changes} name, each once, in the order they are to be rescored. */
    protected abstract Uni<List<K>> namedBy(List<Long> changes);

    /**
     * Claims the changes waiting, oldest first, until they name about {@code size} subjects (the change that passes
     * the count is taken whole, and a first change always), for rescoring until {@code until}. Call it in a transaction
     * of its own, committed before rescoring: no other replica takes the changes meanwhile, and a claim left by a crash
     * runs out at {@code until}.
     *
     * <p>Two replicas may pick the same changes; the claim's condition is checked again on the row each one locks, so
     * only the first takes them. Each change names one subject at least, so no more than {@code size} changes are
     * read.
     */
    public Uni<Claimed<K>> claim(int size, Instant now, Instant until) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                        UPDATE %1$s SET claimed_until = :until
                         WHERE (claimed_until IS NULL OR claimed_until < :now)
                           AND id = ANY(ARRAY(
                                SELECT id FROM (
                                    SELECT id, sum(size) OVER (ORDER BY id ROWS UNBOUNDED PRECEDING) - size AS before
                                      FROM %1$s
                                     WHERE claimed_until IS NULL OR claimed_until < :now
                                     ORDER BY id LIMIT :size) waiting
                                 WHERE before < :size))
                        RETURNING id, size
                        """.formatted(table), Object[].class)
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
                            ? Uni.createFrom().item(Claimed.<K>none())
                            : namedBy(changes).map(named -> new Claimed<>(changes, named, namings));
                });
    }

    /** Keeps claimed changes claimed until {@code until}: a long claim's rescoring is still under way. */
    public Uni<Void> extend(List<Long> changes, Instant until) {
        return byIds(
                "UPDATE " + table + " SET claimed_until = CAST(:until AS timestamptz)",
                changes,
                Map.of("until", until));
    }

    /** Ends claimed changes once what they name is rescored, in the transaction of the last rescoring. */
    public Uni<Void> release(List<Long> changes) {
        return byIds("DELETE FROM " + table, changes, Map.of());
    }

    /** Gives claimed changes back unrescored, e.g. after a rescoring failed, so they need not wait for the lease. */
    public Uni<Void> unclaim(List<Long> changes) {
        return byIds("UPDATE " + table + " SET claimed_until = NULL", changes, Map.of());
    }

    /** The statement's {@code WHERE} clause for a list of change ids, bound as {@code :changes}. */
    protected String ofChanges() {
        return " WHERE id = ANY(CAST(:changes AS bigint[]))";
    }

    protected static Long[] ids(List<Long> changes) {
        return changes.toArray(Long[]::new);
    }

    private Uni<Void> byIds(String statement, List<Long> changes, Map<String, Object> parameters) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("changes", ids(changes));
        return NativeSql.execute(statement + ofChanges(), all);
    }
}
