package dev.tandem.health.pql.repository;

import dev.tandem.health.pql.domain.EndUser;
import dev.tandem.platform.sql.NativeSql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    public Uni<Map<EndUser, Stored>> currentOf(Collection<EndUser> users) {
        if (users.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Map<String, Object> parameters = new HashMap<>();
        String sql = "SELECT account_external_id, user_id, score, qualified FROM user_pql_score"
                + " WHERE (account_external_id, user_id) IN (" + UserPqlDirty.pairs(users, parameters) + ")";
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
                "DELETE FROM user_pql_score WHERE (account_external_id, user_id) IN ("
                        + UserPqlDirty.pairs(users, parameters) + ")",
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
