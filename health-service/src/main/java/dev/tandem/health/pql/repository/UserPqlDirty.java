package dev.tandem.health.pql.repository;

import dev.tandem.health.pql.domain.EndUser;
import dev.tandem.platform.sql.ColumnArrays;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The end users whose PQL score is due: marked in the transaction that changed their aggregates, claimed in batches by
 * the refresh job. A burst of signals marks a user once, so they are rescored once. Calls run in the caller's
 * transaction.
 */
@ApplicationScoped
public class UserPqlDirty {

    /**
     * Marks users for rescoring; a mark already there keeps its time.
     *
     * <p>As for accounts' marks, a mark the refresher holds is updated rather than skipped: the update waits for the
     * refresher's transaction and inserts a new mark if it deleted the old one, so a change counted while its user was
     * being rescored (from reads made before it committed) is not left unscored.
     */
    public Uni<Void> mark(Collection<EndUser> users, Instant now) {
        if (users.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // In one order everywhere, so that two transactions marking the same users never wait for each other.
        Set<EndUser> inOrder = sorted(users);
        ColumnArrays marked = new ColumnArrays()
                .column("text", inOrder.stream().map(EndUser::account).toArray(String[]::new))
                .column("text", inOrder.stream().map(EndUser::user).toArray(String[]::new));
        Map<String, Object> parameters = new HashMap<>();
        marked.bind(parameters::put);
        parameters.put("now", now);
        return execute(
                "INSERT INTO user_pql_dirty (account_external_id, user_id, since)"
                        + " SELECT marked.account, marked.user_id, CAST(:now AS timestamptz) FROM " + marked.unnest()
                        + " WITH ORDINALITY AS marked (account, user_id, position) ORDER BY marked.position"
                        + " ON CONFLICT (account_external_id, user_id) DO UPDATE SET since = user_pql_dirty.since",
                parameters);
    }

    private static Set<EndUser> sorted(Collection<EndUser> users) {
        Set<EndUser> sorted =
                new TreeSet<>(Comparator.comparing(EndUser::account).thenComparing(EndUser::user));
        sorted.addAll(users);
        return sorted;
    }

    /**
     * Marks every user of {@code accounts} with signals since {@code since}, or with a stored PQL score: after a
     * scorecard change, whose new measures or criteria may judge any of them differently. A held mark is waited for,
     * as in {@link #mark}, so a user being rescored on the old scorecard is rescored again.
     */
    public Uni<Void> markUsersOf(Collection<String> accounts, LocalDate since, Instant now) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // Sorted like the marks of mark(), so the two never wait for each other in opposite orders.
        return execute("""
                INSERT INTO user_pql_dirty (account_external_id, user_id, since)
                SELECT account_external_id, user_id, CAST(:now AS timestamptz) FROM (
                    SELECT account_external_id, user_id FROM user_signal_day
                     WHERE account_external_id IN (:accounts) AND day >= :since
                    UNION
                    SELECT account_external_id, user_id FROM user_pql_score WHERE account_external_id IN (:accounts)
                ) users
                ORDER BY account_external_id, user_id
                ON CONFLICT (account_external_id, user_id) DO UPDATE SET since = user_pql_dirty.since
                """, Map.of("accounts", List.copyOf(accounts), "since", since, "now", now));
    }

    /** Claims up to {@code limit} marked users, oldest mark first, skipping those another replica is rescoring. */
    public Uni<List<EndUser>> claim(int limit) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT account_external_id, user_id FROM user_pql_dirty ORDER BY since LIMIT :limit"
                                        + " FOR UPDATE SKIP LOCKED",
                                Object[].class)
                        .setParameter("limit", limit)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(r -> new EndUser((String) r[0], (String) r[1]))
                        .toList());
    }

    /** Removes the marks of users just rescored, in the transaction that claimed them. */
    public Uni<Void> clear(Collection<EndUser> users) {
        if (users.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, Object> parameters = new HashMap<>();
        return execute(
                "DELETE FROM user_pql_dirty WHERE (account_external_id, user_id) IN (" + pairs(users, parameters) + ")",
                parameters);
    }

    /**
     * The users as a row set for {@code (account_external_id, user_id) IN (...)}: a {@code SELECT} of two unnested
     * arrays, whose values are put into {@code parameters}.
     */
    static String pairs(Collection<EndUser> users, Map<String, Object> parameters) {
        Set<EndUser> distinct = new LinkedHashSet<>(users);
        ColumnArrays pairs = new ColumnArrays()
                .column("text", distinct.stream().map(EndUser::account).toArray(String[]::new))
                .column("text", distinct.stream().map(EndUser::user).toArray(String[]::new));
        pairs.bind(parameters::put);
        return "SELECT * FROM " + pairs.unnest();
    }

    private static Uni<Void> execute(String sql, Map<String, Object> parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            parameters.forEach(query::setParameter);
            return query.executeUpdate().replaceWithVoid();
        });
    }
}
