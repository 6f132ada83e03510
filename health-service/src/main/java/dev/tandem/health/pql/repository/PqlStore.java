package dev.tandem.health.pql.repository;

import dev.tandem.platform.sql.NativeSql;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The latest PQL score of each free or trial account. All calls run inside the caller's transaction. */
@ApplicationScoped
public class PqlStore {

    /** A stored PQL score: null score when there was no data. */
    public record Stored(Integer score, boolean qualified) {}

    /** A qualified account, for the sales hand-over list. */
    public record Qualified(String account, int score, UUID scorecardId, Instant computedAt) {}

    public Uni<Map<String, Stored>> currentOf(Collection<String> accounts) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT account_external_id, score, qualified FROM pql_score"
                                        + " WHERE account_external_id = ANY(CAST(:accounts AS text[]))",
                                Object[].class)
                        .setParameter("accounts", accounts.toArray(String[]::new))
                        .getResultList())
                .map(rows -> {
                    Map<String, Stored> stored = new HashMap<>();
                    rows.forEach(r -> stored.put(
                            (String) r[0],
                            new Stored(r[1] == null ? null : ((Number) r[1]).intValue(), (Boolean) r[2])));
                    return stored;
                });
    }

    /** A PQL score to store: null score when there was no data. */
    public record NewPql(String account, Integer score, boolean qualified, UUID scorecardId) {}

    /** Stores changed PQL scores with one statement. Each account may appear once. */
    public Uni<Void> saveAll(List<NewPql> scores, Instant at) {
        if (scores.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<String> rows = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("t", at);
        for (int i = 0; i < scores.size(); i++) {
            NewPql score = scores.get(i);
            // A null cannot be bound without a type; no data is written as a typed NULL instead.
            String value = score.score() == null ? "CAST(NULL AS int)" : ":s" + i;
            rows.add("(:a%d, %s, :q%d, :c%d, :t)".formatted(i, value, i, i));
            parameters.put("a" + i, score.account());
            parameters.put("q" + i, score.qualified());
            parameters.put("c" + i, score.scorecardId());
            if (score.score() != null) {
                parameters.put("s" + i, score.score());
            }
        }
        return NativeSql.execute(
                "INSERT INTO pql_score (account_external_id, score, qualified, scorecard_id, computed_at) VALUES "
                        + String.join(", ", rows)
                        + " ON CONFLICT (account_external_id) DO UPDATE SET score = excluded.score,"
                        + " qualified = excluded.qualified, scorecard_id = excluded.scorecard_id,"
                        + " computed_at = excluded.computed_at",
                parameters);
    }

    /** Forgets the PQL scores of accounts no PQL scorecard judges any more, such as those that started paying. */
    public Uni<Void> forget(Collection<String> accounts) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "DELETE FROM pql_score WHERE account_external_id = ANY(CAST(:accounts AS text[]))")
                        .setParameter("accounts", accounts.toArray(String[]::new))
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** Up to {@code limit} qualified accounts, best first, after the given score and account if any. */
    public Uni<List<Qualified>> qualified(Integer afterScore, String afterAccount, int limit) {
        String position = afterScore == null
                ? ""
                : " AND (score < :score OR (score = :score AND account_external_id > :account))";
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(
                            "SELECT account_external_id, score, scorecard_id, computed_at FROM pql_score"
                                    + " WHERE qualified" + position
                                    + " ORDER BY score DESC, account_external_id LIMIT :limit",
                            Object[].class)
                    .setParameter("limit", limit);
            if (afterScore != null) {
                query.setParameter("score", afterScore).setParameter("account", afterAccount);
            }
            return query.getResultList()
                    .map(rows -> rows.stream()
                            .map(r -> new Qualified(
                                    (String) r[0],
                                    ((Number) r[1]).intValue(),
                                    (UUID) r[2],
                                    r[3] instanceof java.time.OffsetDateTime t ? t.toInstant() : (Instant) r[3]))
                            .toList());
        });
    }
}
