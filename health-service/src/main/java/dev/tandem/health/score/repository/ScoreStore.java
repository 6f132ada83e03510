package dev.tandem.health.score.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Dirty marks, current scores and their history. All calls run inside the caller's transaction. */
@ApplicationScoped
public class ScoreStore {

    /** A stored score: null score and band for N/A. */
    public record Stored(Integer score, String band) {}

    /** Marks accounts for rescoring; a mark already there keeps its time, so a burst stays one mark. */
    public Uni<Void> markDirty(Collection<String> accounts, Instant now) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> rows = new ArrayList<>();
        int i = 0;
        for (String account : accounts) {
            parameters.put("a" + i, account);
            rows.add("(:a" + i + ", :now)");
            i++;
        }
        parameters.put("now", now);
        return execute(
                "INSERT INTO score_dirty (account_external_id, since) VALUES " + String.join(", ", rows)
                        + " ON CONFLICT DO NOTHING",
                parameters);
    }

    /** Claims up to {@code limit} marked accounts, skipping those another replica is rescoring. */
    public Uni<List<String>> claimDirty(int limit) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT account_external_id FROM score_dirty ORDER BY since LIMIT :limit"
                                        + " FOR UPDATE SKIP LOCKED",
                                String.class)
                        .setParameter("limit", limit)
                        .getResultList());
    }

    public Uni<Void> clearDirty(String account) {
        return execute("DELETE FROM score_dirty WHERE account_external_id = :a", Map.of("a", account));
    }

    public Uni<Stored> current(String account) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT score, band FROM health_score WHERE account_external_id = :a", Object[].class)
                        .setParameter("a", account)
                        .getResultList())
                .map(rows -> rows.isEmpty()
                        ? null
                        : new Stored(rows.get(0)[0] == null ? null : ((Number) rows.get(0)[0]).intValue(), (String)
                                rows.get(0)[1]));
    }

    /** Stores a changed score as current and in the history. */
    public Uni<Void> save(String account, Integer score, String band, String explanation, Instant at) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("a", account);
        parameters.put("e", explanation);
        parameters.put("t", at);
        String scoreValue = score == null ? "CAST(NULL AS int)" : ":s";
        String bandValue = band == null ? "CAST(NULL AS text)" : ":b";
        if (score != null) {
            parameters.put("s", score);
            parameters.put("b", band);
        }
        return execute(
                        "INSERT INTO health_score (account_external_id, score, band, explanation, computed_at)"
                                + " VALUES (:a, " + scoreValue + ", " + bandValue + ", :e, :t)"
                                + " ON CONFLICT (account_external_id) DO UPDATE SET score = excluded.score,"
                                + " band = excluded.band, explanation = excluded.explanation,"
                                + " computed_at = excluded.computed_at",
                        parameters)
                .chain(() -> {
                    Map<String, Object> history = new LinkedHashMap<>(parameters);
                    history.remove("e");
                    return execute(
                            "INSERT INTO score_history (account_external_id, score, band, computed_at) VALUES (:a, "
                                    + scoreValue + ", " + bandValue + ", :t)",
                            history);
                });
    }

    /** The Tandem id of an account account-service has announced; null if it has not yet. */
    public Uni<UUID> tandemId(String account) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT account_id FROM account_ref WHERE external_id = :a AND NOT erased", UUID.class)
                        .setParameter("a", account)
                        .getResultList())
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    private static Uni<Void> execute(String sql, Map<String, Object> parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            parameters.forEach(query::setParameter);
            return query.executeUpdate().replaceWithVoid();
        });
    }
}
