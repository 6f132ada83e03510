package dev.tandem.health.pql.repository;

import static dev.tandem.health.scorecard.domain.ScorecardDefinition.LONGEST_WINDOW_DAYS;

import dev.tandem.health.pql.domain.EndUser;
import dev.tandem.platform.sql.ColumnArrays;
import dev.tandem.platform.sql.NativeSql;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

    /** A claimed mark: the user and the version of their mark when claimed. */
    public record Claim(EndUser user, long version) {}

    /** How a marking statement meets a mark already there: see {@link #mark}. */
    private static final String MARK_AGAIN =
            " ON CONFLICT (account_external_id, user_id) DO UPDATE SET version = excluded.version"
                    + " WHERE user_pql_dirty.claimed_until IS NOT NULL";

    /**
     * Marks users for rescoring; a mark already there keeps its time, so a burst stays one mark, and if it is claimed,
     * takes a new version: the id of the marking transaction, which no earlier state of the mark can have had.
     *
     * <p>The version is what keeps a change from going unscored: the refresher may be rescoring the user right now,
     * from reads made before this commit. It deletes the mark afterwards only if the version is still the one it
     * claimed; a mark that moved stays and the user is rescored again. A mark nobody claimed is left as it is, only
     * locked until this commit (an upsert locks the row it meets even when its condition spares it): a claim skips
     * locked marks, so it takes this one after the commit and its rescoring reads this change.
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
        return NativeSql.execute(
                "INSERT INTO user_pql_dirty (account_external_id, user_id, since, version)"
                        + " SELECT marked.account, marked.user_id, CAST(:now AS timestamptz), txid_current() FROM "
                        + marked.unnest()
                        + " WITH ORDINALITY AS marked (account, user_id, position) ORDER BY marked.position"
                        + MARK_AGAIN,
                parameters);
    }

    private static Set<EndUser> sorted(Collection<EndUser> users) {
        Set<EndUser> sorted =
                new TreeSet<>(Comparator.comparing(EndUser::account).thenComparing(EndUser::user));
        sorted.addAll(users);
        return sorted;
    }

    /**
     * Marks every user of {@code accounts} with signals in the longest window a measure may have, or with a stored PQL
     * score: after a scorecard change, whose new measures or criteria may judge any of them differently, or when an
     * account comes to be judged by a PQL scorecard. A claimed mark there already takes a new version, as in
     * {@link #mark}, so a user being rescored on the old scorecard is rescored again.
     */
    public Uni<Void> markUsersOf(Collection<String> accounts, Instant now) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        LocalDate since = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(LONGEST_WINDOW_DAYS - 1L);
        // Sorted like the marks of mark(), so the two never wait for each other in opposite orders.
        return NativeSql.execute(
                """
                INSERT INTO user_pql_dirty (account_external_id, user_id, since, version)
                SELECT account_external_id, user_id, CAST(:now AS timestamptz), txid_current() FROM (
                    SELECT account_external_id, user_id FROM user_signal_day
                     WHERE account_external_id IN (:accounts) AND day >= :since
                    UNION
                    SELECT account_external_id, user_id FROM user_pql_score WHERE account_external_id IN (:accounts)
                ) users
                ORDER BY account_external_id COLLATE "C", user_id COLLATE "C"
                """ + MARK_AGAIN, Map.of("accounts", List.copyOf(accounts), "since", since, "now", now));
    }

    /**
     * Claims up to {@code limit} marked users, oldest mark first, until {@code until}, as accounts' marks are claimed:
     * in a transaction of its own, so marking them meanwhile does not wait.
     */
    public Uni<List<Claim>> claim(int limit, Instant now, Instant until) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                                UPDATE user_pql_dirty SET claimed_until = :until
                                 WHERE ctid = ANY(ARRAY(
                                        SELECT ctid FROM user_pql_dirty
                                         WHERE claimed_until IS NULL OR claimed_until < :now
                                         ORDER BY since LIMIT :limit FOR UPDATE SKIP LOCKED))
                                RETURNING account_external_id, user_id, version
                                """, Object[].class)
                        .setParameter("until", until)
                        .setParameter("now", now)
                        .setParameter("limit", limit)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(r -> new Claim(new EndUser((String) r[0], (String) r[1]), ((Number) r[2]).longValue()))
                        .toList());
    }

    /**
     * Locks the marks of claimed users that are still there, in the order {@link #mark} takes them, and returns their
     * versions. A user whose mark is gone was erased while being rescored: their score must not be stored. Holding the
     * marks from here to commit is what an erasure waits for.
     */
    public Uni<Map<EndUser, Long>> hold(Collection<Claim> claims) {
        if (claims.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Map<String, Object> parameters = new HashMap<>();
        String users = pairs(claims.stream().map(Claim::user).toList(), parameters);
        return NativeSql.rows(
                        "SELECT account_external_id, user_id, version FROM user_pql_dirty"
                                + " WHERE (account_external_id, user_id) IN (" + users + ")"
                                + " ORDER BY account_external_id COLLATE \"C\", user_id COLLATE \"C\" FOR UPDATE",
                        parameters)
                .map(rows -> {
                    Map<EndUser, Long> held = new HashMap<>();
                    rows.forEach(r -> held.put(new EndUser((String) r[0], (String) r[1]), ((Number) r[2]).longValue()));
                    return held;
                });
    }

    /**
     * Ends claims whose users were rescored, with the marks {@link #hold} locked: a mark still at its claimed version
     * goes; one marked again since stays, unclaimed, to be rescored again.
     */
    public Uni<Void> release(Collection<Claim> claims, Map<EndUser, Long> held) {
        List<EndUser> done = new ArrayList<>();
        List<EndUser> markedAgain = new ArrayList<>();
        for (Claim claim : claims) {
            Long version = held.get(claim.user());
            if (version != null) {
                (version == claim.version() ? done : markedAgain).add(claim.user());
            }
        }
        return byUsers("DELETE FROM user_pql_dirty", done)
                .chain(() -> byUsers("UPDATE user_pql_dirty SET claimed_until = NULL", markedAgain));
    }

    /** Gives claims back unrescored, e.g. after the rescoring failed. */
    public Uni<Void> unclaim(Collection<Claim> claims) {
        return byUsers(
                "UPDATE user_pql_dirty SET claimed_until = NULL",
                claims.stream().map(Claim::user).toList());
    }

    private static Uni<Void> byUsers(String statement, List<EndUser> users) {
        if (users.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, Object> parameters = new HashMap<>();
        return NativeSql.execute(
                statement + " WHERE (account_external_id, user_id) IN (" + pairs(users, parameters) + ")", parameters);
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
}
