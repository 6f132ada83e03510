package dev.tandem.health.pql.repository;

import dev.tandem.health.domain.subject.AccountUser;
import dev.tandem.platform.sql.ColumnArrays;
import dev.tandem.platform.sql.NativeSql;
import dev.tandem.platform.sql.NativeStatement;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The stored PQL scores of accounts ({@code pql_score}) and end users ({@code user_pql_score}) as sales reads them,
 * best first, and what the users' rescoring must know of them. All calls run inside the caller's session.
 */
@ApplicationScoped
public class PqlRankings {

    /** A qualified account, for the sales hand-over list. */
    public record Qualified(String account, int score, UUID scorecardId, Instant computedAt) {}

    /** A scored end user, for the ranked lists. */
    public record RankedUser(
            String account, String user, int score, boolean qualified, UUID scorecardId, Instant computedAt) {}

    /** Up to {@code limit} qualified accounts, best first, after the given score and account if any. */
    public Uni<List<Qualified>> qualifiedAccounts(Integer afterScore, String afterAccount, int limit) {
        Map<String, Object> parameters = new HashMap<>(Map.of("limit", limit));
        String position = "";
        if (afterScore != null) {
            position = " AND (score < :score OR (score = :score AND account_external_id > :account))";
            parameters.putAll(Map.of("score", afterScore, "account", afterAccount));
        }
        return NativeSql.rows(
                        "SELECT account_external_id, score, scorecard_id, computed_at FROM pql_score WHERE qualified"
                                + position + " ORDER BY score DESC, account_external_id LIMIT :limit",
                        parameters)
                .map(rows -> rows.stream()
                        .map(r -> new Qualified((String) r[0], ((Number) r[1]).intValue(), (UUID) r[2], instant(r[3])))
                        .toList());
    }

    /**
     * Up to {@code limit} scored users of one account, best first, after the given score and user if any; users whose
     * score has no data are not ranked.
     */
    public Uni<List<RankedUser>> usersOf(String account, Integer afterScore, String afterUser, int limit) {
        Map<String, Object> parameters = new HashMap<>(Map.of("account", account, "limit", limit));
        String position = "";
        if (afterScore != null) {
            position = " AND (score < :score OR (score = :score AND user_id > :user))";
            parameters.putAll(Map.of("score", afterScore, "user", afterUser));
        }
        return ranked(
                " WHERE account_external_id = :account AND score IS NOT NULL" + position
                        + " ORDER BY score DESC, user_id LIMIT :limit",
                parameters);
    }

    /** Up to {@code limit} qualified users of every account, best first, after the given position if any. */
    public Uni<List<RankedUser>> qualifiedUsers(Integer afterScore, String afterAccount, String afterUser, int limit) {
        Map<String, Object> parameters = new HashMap<>(Map.of("limit", limit));
        String position = "";
        if (afterScore != null) {
            position =
                    " AND (score < :score OR (score = :score AND (account_external_id, user_id) > (:account, :user)))";
            parameters.putAll(Map.of("score", afterScore, "account", afterAccount, "user", afterUser));
        }
        return ranked(
                " WHERE qualified" + position + " ORDER BY score DESC, account_external_id, user_id LIMIT :limit",
                parameters);
    }

    /**
     * Those of {@code users} something is known about: daily counts or a PQL score. A user erased after a change named
     * them has neither and is not scored again, which would bring them back.
     */
    public Uni<Set<AccountUser>> known(Collection<AccountUser> users) {
        if (users.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        Set<AccountUser> distinct = new LinkedHashSet<>(users);
        ColumnArrays pairs = new ColumnArrays()
                .column("text", distinct.stream().map(AccountUser::account).toArray(String[]::new))
                .column("text", distinct.stream().map(AccountUser::user).toArray(String[]::new));
        NativeStatement query = NativeStatement.of(
                "SELECT u.account, u.user_id FROM " + pairs.unnest() + " AS u (account, user_id)"
                        + " WHERE EXISTS (SELECT 1 FROM user_signal_day d"
                        + " WHERE d.account_external_id = u.account AND d.user_id = u.user_id)"
                        + " OR EXISTS (SELECT 1 FROM user_pql_score s"
                        + " WHERE s.account_external_id = u.account AND s.user_id = u.user_id)",
                pairs);
        return NativeSql.rows(query.sql(), query.parameters()).map(rows -> {
            Set<AccountUser> known = new HashSet<>();
            rows.forEach(r -> known.add(new AccountUser((String) r[0], (String) r[1])));
            return known;
        });
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

    private static Uni<List<RankedUser>> ranked(String where, Map<String, Object> parameters) {
        return NativeSql.rows(
                        "SELECT account_external_id, user_id, score, qualified, scorecard_id, computed_at"
                                + " FROM user_pql_score" + where,
                        parameters)
                .map(rows -> rows.stream()
                        .map(r -> new RankedUser(
                                (String) r[0],
                                (String) r[1],
                                ((Number) r[2]).intValue(),
                                (Boolean) r[3],
                                (UUID) r[4],
                                instant(r[5])))
                        .toList());
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
    }
}
