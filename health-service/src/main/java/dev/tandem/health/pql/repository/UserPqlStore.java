package dev.tandem.health.pql.repository;

import dev.tandem.health.change.repository.RescoringLocks;
import dev.tandem.health.pql.domain.EndUser;
import dev.tandem.platform.sql.ColumnArrays;
import dev.tandem.platform.sql.NativeSql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The latest PQL score of each end user of a free or trial account. All calls run inside the caller's transaction. */
@ApplicationScoped
public class UserPqlStore {

    /** A stored PQL score: null score when there was no data. */
    public record Stored(Integer score, boolean qualified) {}

    /** A scored end user, for the ranked lists. */
    public record RankedUser(
            String account, String user, int score, boolean qualified, UUID scorecardId, Instant computedAt) {}

    /** A PQL score to store: null score when there was no data. */
    public record NewUserPql(EndUser user, Integer score, boolean qualified, UUID scorecardId) {}

    /** The lock space of users' rescorings. */
    private static final String RESCORING = "tandem.user-pql-rescoring";

    /**
     * Holds the users for rescoring until the transaction ends: a second rescoring of any of them, from another replica
     * or the account's rescoring, waits until then, and so does an erasure of one of them ({@link #holdRescoringsOf}).
     * Call it before anything is read for the rescoring, so that what is read is what was committed by then.
     */
    public Uni<Void> holdForRescoring(Collection<EndUser> users) {
        if (users.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, Object> parameters = new HashMap<>();
        String rows = "(" + pairs(users, parameters) + ") AS users (account, user_id)";
        return holdRescoringsOf(rows, "account", "user_id", parameters);
    }

    /**
     * Takes the rescoring locks of the users {@code rows} names (a {@code FROM} item with its {@code parameters}, whose
     * two columns given name a user), in the order a rescoring takes them: for a transaction that will wait for
     * several users' rescorings, so that it cannot hold one lock while a rescoring holding the next waits for it.
     */
    public static Uni<Void> holdRescoringsOf(
            String rows, String accountColumn, String userColumn, Map<String, Object> parameters) {
        return RescoringLocks.holdAll(RESCORING, key(accountColumn, userColumn), rows, parameters);
    }

    /**
     * The advisory lock a rescoring of a user holds, and what an erasure of the user waits for: an expression taking
     * the lock of the user named by the two columns given.
     */
    public static String rescoringLock(String accountColumn, String userColumn) {
        return RescoringLocks.lock(RESCORING, key(accountColumn, userColumn));
    }

    private static String key(String accountColumn, String userColumn) {
        return "hashtext(%s || '/' || %s)".formatted(accountColumn, userColumn);
    }

    /**
     * Those of {@code users} something is known about: daily counts or a PQL score. A user erased after a change named
     * them has neither and is not scored again, which would bring them back.
     */
    public Uni<Set<EndUser>> known(Collection<EndUser> users) {
        if (users.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        Map<String, Object> parameters = new HashMap<>();
        return NativeSql.rows(
                        "SELECT u.account, u.user_id FROM (" + pairs(users, parameters) + ") AS u (account, user_id)"
                                + " WHERE EXISTS (SELECT 1 FROM user_signal_day d"
                                + " WHERE d.account_external_id = u.account AND d.user_id = u.user_id)"
                                + " OR EXISTS (SELECT 1 FROM user_pql_score s"
                                + " WHERE s.account_external_id = u.account AND s.user_id = u.user_id)",
                        parameters)
                .map(rows -> {
                    Set<EndUser> known = new HashSet<>();
                    rows.forEach(r -> known.add(new EndUser((String) r[0], (String) r[1])));
                    return known;
                });
    }

    public Uni<Map<EndUser, Stored>> currentOf(Collection<EndUser> users) {
        if (users.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Map<String, Object> parameters = new HashMap<>();
        String sql = "SELECT account_external_id, user_id, score, qualified FROM user_pql_score"
                + " WHERE (account_external_id, user_id) IN (" + pairs(users, parameters) + ")";
        return NativeSql.rows(sql, parameters).map(rows -> {
            Map<EndUser, Stored> stored = new HashMap<>();
            rows.forEach(r -> stored.put(
                    new EndUser((String) r[0], (String) r[1]),
                    new Stored(r[2] == null ? null : ((Number) r[2]).intValue(), (Boolean) r[3])));
            return stored;
        });
    }

    /** Stores changed PQL scores with one statement. Each user may appear once. */
    public Uni<Void> saveAll(List<NewUserPql> scores, Instant at) {
        if (scores.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<String> rows = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("t", at);
        for (int i = 0; i < scores.size(); i++) {
            NewUserPql score = scores.get(i);
            // A null cannot be bound without a type; no data is written as a typed NULL instead.
            String value = score.score() == null ? "CAST(NULL AS int)" : ":s" + i;
            rows.add("(:a%1$d, :u%1$d, %2$s, :q%1$d, :c%1$d, :t)".formatted(i, value));
            parameters.put("a" + i, score.user().account());
            parameters.put("u" + i, score.user().user());
            parameters.put("q" + i, score.qualified());
            parameters.put("c" + i, score.scorecardId());
            if (score.score() != null) {
                parameters.put("s" + i, score.score());
            }
        }
        return NativeSql.execute(
                "INSERT INTO user_pql_score (account_external_id, user_id, score, qualified, scorecard_id, computed_at)"
                        + " VALUES " + String.join(", ", rows)
                        + " ON CONFLICT (account_external_id, user_id) DO UPDATE SET score = excluded.score,"
                        + " qualified = excluded.qualified, scorecard_id = excluded.scorecard_id,"
                        + " computed_at = excluded.computed_at",
                parameters);
    }

    /** Forgets the PQL scores of users no PQL scorecard judges any more. */
    public Uni<Void> forget(Collection<EndUser> users) {
        if (users.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, Object> parameters = new HashMap<>();
        return NativeSql.execute(
                "DELETE FROM user_pql_score WHERE (account_external_id, user_id) IN (" + pairs(users, parameters) + ")",
                parameters);
    }

    /** Forgets the PQL scores of every user of {@code accounts}, such as accounts that started paying. */
    public Uni<Void> forgetUsersOf(Collection<String> accounts) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return NativeSql.execute(
                "DELETE FROM user_pql_score WHERE account_external_id = ANY(CAST(:accounts AS text[]))",
                Map.of("accounts", accounts.toArray(String[]::new)));
    }

    /**
     * Up to {@code limit} scored users of one account, best first, after the given score and user if any; users whose
     * score has no data are not ranked.
     */
    public Uni<List<RankedUser>> ofAccount(String account, Integer afterScore, String afterUser, int limit) {
        String position = afterScore == null ? "" : " AND (score < :score OR (score = :score AND user_id > :user))";
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("account", account);
        parameters.put("limit", limit);
        if (afterScore != null) {
            parameters.put("score", afterScore);
            parameters.put("user", afterUser);
        }
        return ranked(
                "SELECT account_external_id, user_id, score, qualified, scorecard_id, computed_at FROM user_pql_score"
                        + " WHERE account_external_id = :account AND score IS NOT NULL" + position
                        + " ORDER BY score DESC, user_id LIMIT :limit",
                parameters);
    }

    /** Up to {@code limit} qualified users of every account, best first, after the given position if any. */
    public Uni<List<RankedUser>> qualified(Integer afterScore, String afterAccount, String afterUser, int limit) {
        String position = afterScore == null
                ? ""
                : " AND (score < :score OR (score = :score AND (account_external_id, user_id) > (:account, :user)))";
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("limit", limit);
        if (afterScore != null) {
            parameters.put("score", afterScore);
            parameters.put("account", afterAccount);
            parameters.put("user", afterUser);
        }
        return ranked(
                "SELECT account_external_id, user_id, score, qualified, scorecard_id, computed_at FROM user_pql_score"
                        + " WHERE qualified" + position
                        + " ORDER BY score DESC, account_external_id, user_id LIMIT :limit",
                parameters);
    }

    /**
     * The users as a row set for {@code (account_external_id, user_id) IN (...)}: a {@code SELECT} of two unnested
     * arrays, whose values are put into {@code parameters}.
     */
    private static String pairs(Collection<EndUser> users, Map<String, Object> parameters) {
        Set<EndUser> distinct = new LinkedHashSet<>(users);
        ColumnArrays pairs = new ColumnArrays()
                .column("text", distinct.stream().map(EndUser::account).toArray(String[]::new))
                .column("text", distinct.stream().map(EndUser::user).toArray(String[]::new));
        pairs.bind(parameters::put);
        return "SELECT * FROM " + pairs.unnest();
    }

    private static Uni<List<RankedUser>> ranked(String sql, Map<String, Object> parameters) {
        return NativeSql.rows(sql, parameters)
                .map(rows -> rows.stream()
                        .map(r -> new RankedUser(
                                (String) r[0],
                                (String) r[1],
                                ((Number) r[2]).intValue(),
                                (Boolean) r[3],
                                (UUID) r[4],
                                r[5] instanceof OffsetDateTime t ? t.toInstant() : (Instant) r[5]))
                        .toList());
    }
}
