package dev.tandem.health.score.repository;

import dev.tandem.health.change.repository.RescoringLocks;
import dev.tandem.platform.sql.ColumnArrays;
import dev.tandem.platform.sql.NativeSql;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Current scores and their history. All calls run inside the caller's transaction. */
@ApplicationScoped
public class ScoreStore {

    /** A stored score: null score and band for N/A. */
    public record Stored(Integer score, String band) {}

    /**
     * Holds {@code accounts} until the caller's transaction ends, so that an account is rescored by one transaction at
     * a time: two replicas may have claimed changes naming the same account, and a scorecard change's rescoring may
     * reach an account the refresher is rescoring. The second waits, then reads the first's stored score as the
     * previous one, so one change is announced once. Taken in one order (of the accounts' hashes), and before any
     * other lock of the transaction (a row's, say), so two rescorings never wait for each other crosswise; holding
     * an account again in the same transaction is free. One lock an account, from the server's lock table, which holds
     * {@code max_locks_per_transaction} times {@code max_connections} (6,400 by default) at once.
     */
    public Uni<Void> holdForRescoring(Collection<String> accounts) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return RescoringLocks.holdAll(
                "tandem.rescoring",
                "hashtext(account)",
                "unnest(CAST(:accounts AS text[])) AS account",
                Map.of("accounts", accounts.toArray(String[]::new)));
    }

    /** The stored scores of those of {@code accounts} that have one. */
    public Uni<Map<String, Stored>> currentOf(Collection<String> accounts) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT account_external_id, score, band FROM health_score"
                                        + " WHERE account_external_id = ANY(CAST(:accounts AS text[]))",
                                Object[].class)
                        .setParameter("accounts", accounts.toArray(String[]::new))
                        .getResultList())
                .map(rows -> {
                    Map<String, Stored> stored = new HashMap<>();
                    rows.forEach(r -> stored.put(
                            (String) r[0],
                            new Stored(r[1] == null ? null : ((Number) r[1]).intValue(), (String) r[2])));
                    return stored;
                });
    }

    /** The Tandem ids of those of {@code accounts} that account-service has announced. */
    public Uni<Map<String, UUID>> tandemIds(Collection<String> accounts) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT external_id, account_id FROM account_ref"
                                        + " WHERE external_id = ANY(CAST(:accounts AS text[])) AND NOT erased",
                                Object[].class)
                        .setParameter("accounts", accounts.toArray(String[]::new))
                        .getResultList())
                .map(rows -> {
                    Map<String, UUID> ids = new HashMap<>();
                    rows.forEach(r -> ids.put((String) r[0], (UUID) r[1]));
                    return ids;
                });
    }

    /** Every account there is to score: those announced by account-service and those already scored. */
    private static final String ALL_ACCOUNTS = "SELECT external_id AS account FROM account_ref WHERE NOT erased"
            + " UNION SELECT account_external_id FROM health_score";

    public Uni<Long> countAccounts() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT count(*) FROM (" + ALL_ACCOUNTS + ") accounts", Long.class)
                        .getSingleResult());
    }

    /** Up to {@code limit} accounts in id order, after {@code after} when given. */
    public Uni<List<String>> accountsAfter(String after, int limit) {
        String sql = "SELECT account FROM (" + ALL_ACCOUNTS + ") accounts"
                + (after == null ? "" : " WHERE account > :after")
                + " ORDER BY account LIMIT :limit";
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, String.class).setParameter("limit", limit);
            if (after != null) {
                query.setParameter("after", after);
            }
            return query.getResultList();
        });
    }

    /**
     * Gives every scored account a row for {@code day}, its current score, unless a change that day wrote one already:
     * the daily snapshot. Repeating it changes nothing.
     *
     * @return how many rows it added
     */
    public Uni<Integer> snapshot(LocalDate day) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "INSERT INTO score_daily (account_external_id, day, score, band)"
                                        + " SELECT account_external_id, :day, score, band FROM health_score"
                                        + " ON CONFLICT (account_external_id, day) DO NOTHING")
                        .setParameter("day", day)
                        .executeUpdate());
    }

    /** A score to store: null score and band for N/A. */
    public record NewScore(String account, Integer score, String band, String explanation) {}

    /**
     * Stores changed scores as current, in the history of changes and as the score of their day: three statements for
     * the whole list, however long. Each account may appear once.
     */
    public Uni<Void> saveAll(List<NewScore> scores, Instant at) {
        if (scores.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String[] accounts = scores.stream().map(NewScore::account).toArray(String[]::new);
        // N/A is a null score and band.
        Integer[] values = scores.stream().map(NewScore::score).toArray(Integer[]::new);
        String[] bands = scores.stream().map(NewScore::band).toArray(String[]::new);
        ColumnArrays current = new ColumnArrays()
                .column("text", accounts)
                .column("int", values)
                .column("text", bands)
                .column("text", scores.stream().map(NewScore::explanation).toArray(String[]::new));
        ColumnArrays history = new ColumnArrays()
                .column("text", accounts)
                .column("int", values)
                .column("text", bands);
        return execute(
                        "INSERT INTO health_score (account_external_id, score, band, explanation, computed_at)"
                                + " SELECT scored.*, CAST(:at AS timestamptz) FROM " + current.unnest() + " AS scored"
                                + " ON CONFLICT (account_external_id) DO UPDATE SET score = excluded.score,"
                                + " band = excluded.band, explanation = excluded.explanation,"
                                + " computed_at = excluded.computed_at",
                        current,
                        Map.of("at", at))
                .chain(() -> execute(
                        "INSERT INTO score_history (account_external_id, score, band, computed_at)"
                                + " SELECT scored.*, CAST(:at AS timestamptz) FROM " + history.unnest() + " AS scored",
                        history,
                        Map.of("at", at)))
                .chain(() -> execute(
                        "INSERT INTO score_daily (account_external_id, score, band, day)"
                                + " SELECT scored.*, CAST(:day AS date) FROM " + history.unnest() + " AS scored"
                                + " ON CONFLICT (account_external_id, day)"
                                + " DO UPDATE SET score = excluded.score, band = excluded.band",
                        history,
                        Map.of("day", LocalDate.ofInstant(at, ZoneOffset.UTC))));
    }

    private static Uni<Void> execute(String sql, ColumnArrays rows, Map<String, Object> parameters) {
        Map<String, Object> all = new LinkedHashMap<>(parameters);
        rows.bind(all::put);
        return NativeSql.execute(sql, all);
    }
}
