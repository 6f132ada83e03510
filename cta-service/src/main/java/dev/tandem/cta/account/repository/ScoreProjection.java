package dev.tandem.cta.account.repository;

import dev.tandem.cta.account.domain.ScorePoint;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Health and PQL scores from health.events: the latest per account, and a history for score-drop windows. */
@ApplicationScoped
@WithSession
public class ScoreProjection {

    private static final String UPSERT_SCORE = """
            INSERT INTO score_ref (account_id, score, band, computed_at, band_since)
            VALUES (:account, :score, :band, :at, :at)
            ON CONFLICT (account_id) DO UPDATE SET score = excluded.score, band = excluded.band,
                computed_at = excluded.computed_at,
                band_since = CASE WHEN score_ref.band IS DISTINCT FROM excluded.band OR score_ref.band_since IS NULL
                                  THEN excluded.computed_at ELSE score_ref.band_since END
            """;

    private static final String UPSERT_PQL = """
            INSERT INTO score_ref (account_id, pql_score, computed_at) VALUES (:account, :score, :at)
            ON CONFLICT (account_id) DO UPDATE SET pql_score = excluded.pql_score
            """;

    private static final String HISTORY = """
            SELECT computed_at, score FROM score_point
            WHERE account_id = :account AND computed_at >= :since AND computed_at < :before
            ORDER BY computed_at
            """;

    /** Scores of the account from {@code since} up to (not including) {@code before}, oldest first. */
    public Uni<List<ScorePoint>> history(UUID accountId, Instant since, Instant before) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(HISTORY, Object[].class)
                        .setParameter("account", accountId)
                        .setParameter("since", since)
                        .setParameter("before", before)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new ScorePoint(Rows.instant(row[0]), Rows.integer(row[1])))
                        .toList());
    }

    public Uni<Void> recordScore(UUID accountId, Integer score, String band, Instant at) {
        Uni<Integer> latest = AccountProjection.execute(
                UPSERT_SCORE,
                Map.of(
                        "account",
                        accountId,
                        "score",
                        AccountProjection.nullable(score),
                        "band",
                        AccountProjection.nullable(band),
                        "at",
                        at));
        if (score == null) {
            return latest.replaceWithVoid();
        }
        return latest.chain(() -> AccountProjection.execute(
                        "INSERT INTO score_point (account_id, computed_at, score) VALUES (:account, :at, :score)",
                        Map.of("account", accountId, "at", at, "score", score)))
                .replaceWithVoid();
    }

    public Uni<Void> recordPql(UUID accountId, int score, Instant at) {
        return AccountProjection.execute(UPSERT_PQL, Map.of("account", accountId, "score", score, "at", at))
                .replaceWithVoid();
    }
}
