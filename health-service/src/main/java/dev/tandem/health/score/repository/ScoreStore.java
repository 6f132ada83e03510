package dev.tandem.health.score.repository;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/** Dirty marks, current scores and their history. All calls run inside the caller's transaction. */
@ApplicationScoped
public class ScoreStore {

    /** A stored score: null score and band for N/A. */
    public record Stored(Integer score, String band) {}

    /** A claimed mark: the account and the version of its mark when claimed. */
    public record Claim(String account, long version) {}

    /** How a marking statement meets a mark already there: see {@link #markDirty}. */
    private static final String MARK_AGAIN =
            " ON CONFLICT (account_external_id) DO UPDATE SET version = excluded.version"
                    + " WHERE score_dirty.claimed_until IS NOT NULL";

    /**
     * Marks accounts for rescoring; a mark already there keeps its time, so a burst stays one mark, and if it is
     * claimed, takes a new version: the id of the marking transaction, which no earlier state of the mark can have had.
     *
     * <p>The version is what keeps a change from going unscored: the refresher may be rescoring the account right now,
     * from reads made before this commit. It deletes the mark afterwards only if the version is still the one it
     * claimed; a mark that moved stays and the account is rescored again.
     *
     * <p>A mark nobody claimed is left as it is, only locked until this commit (an upsert locks the row it meets even
     * when its condition spares it): a claim skips locked marks, so it takes this one after the commit and its
     * rescoring reads this change. Under a burst most marks wait unclaimed, and a lock costs the database much less
     * than a new row version.
     */
    public Uni<Void> markDirty(Collection<String> accounts, Instant now) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // In one order everywhere, so that two transactions marking the same accounts never wait for each other.
        ColumnArrays marked = new ColumnArrays().column("text", new TreeSet<>(accounts).toArray(String[]::new));
        Map<String, Object> parameters = new LinkedHashMap<>();
        marked.bind(parameters::put);
        parameters.put("now", now);
        return NativeSql.execute(
                "INSERT INTO score_dirty (account_external_id, since, version)"
                        + " SELECT marked.account, CAST(:now AS timestamptz), txid_current()"
                        + " FROM " + marked.unnest() + " WITH ORDINALITY AS marked (account, position)"
                        + " ORDER BY marked.position"
                        + MARK_AGAIN,
                parameters);
    }

    /**
     * Marks accounts for rescoring by Tandem's ids, those the projection knows; like {@link #markDirty}, a claimed mark
     * there moves its version (an unclaimed one is locked), and marks are written in the order of the vendor's ids.
     */
    public Uni<Void> markDirtyByAccountIds(Collection<UUID> accountIds, Instant now) {
        if (accountIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "INSERT INTO score_dirty (account_external_id, since, version)"
                                        + " SELECT external_id, :now, txid_current() FROM account_ref"
                                        + " WHERE account_id IN (:accounts) AND NOT erased"
                                        + " ORDER BY external_id COLLATE \"C\""
                                        + MARK_AGAIN)
                        .setParameter("accounts", List.copyOf(accountIds))
                        .setParameter("now", now)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * Claims up to {@code limit} marked accounts, oldest mark first, until {@code until}: no other replica takes them
     * meanwhile, and marking them does not wait. Call it in a transaction of its own, committed before rescoring; a
     * claim left by a crash runs out at {@code until} and the accounts are claimed again.
     *
     * <p>The marks are taken oldest first along their time index and updated where the claim found them (by row
     * address, which the claim's lock keeps in place): joined back by account instead, the planner hashed the whole
     * table whenever its statistics were older than a burst of marks, 30 ms and more a batch in SignalBenchmark.
     */
    public Uni<List<Claim>> claimDirty(int limit, Instant now, Instant until) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                                UPDATE score_dirty SET claimed_until = :until
                                 WHERE ctid = ANY(ARRAY(
                                        SELECT ctid FROM score_dirty
                                         WHERE claimed_until IS NULL OR claimed_until < :now
                                         ORDER BY since LIMIT :limit FOR UPDATE SKIP LOCKED))
                                RETURNING account_external_id, version
                                """, Object[].class)
                        .setParameter("until", until)
                        .setParameter("now", now)
                        .setParameter("limit", limit)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(r -> new Claim((String) r[0], ((Number) r[1]).longValue()))
                        .toList());
    }

    /**
     * Ends claims once their accounts are rescored, in the rescoring's transaction: a mark still at its claimed version
     * goes; one marked again since stays, unclaimed, so the account is rescored again. The marks are locked in account
     * order first (code point order, as signals mark them), so the two never wait for each other crosswise.
     */
    public Uni<Void> releaseDirty(Collection<Claim> claims) {
        if (claims.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, Long> claimed = new HashMap<>();
        claims.forEach(claim -> claimed.put(claim.account(), claim.version()));
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT account_external_id, version FROM score_dirty"
                                        + " WHERE account_external_id = ANY(CAST(:accounts AS text[]))"
                                        + " ORDER BY account_external_id COLLATE \"C\" FOR UPDATE",
                                Object[].class)
                        .setParameter("accounts", claimed.keySet().toArray(String[]::new))
                        .getResultList()
                        .chain(held -> {
                            List<String> done = new ArrayList<>();
                            List<String> markedAgain = new ArrayList<>();
                            for (Object[] mark : held) {
                                boolean unchanged = claimed.get((String) mark[0]) == ((Number) mark[1]).longValue();
                                (unchanged ? done : markedAgain).add((String) mark[0]);
                            }
                            return byAccounts(session, "DELETE FROM score_dirty", done)
                                    .chain(() -> byAccounts(
                                            session, "UPDATE score_dirty SET claimed_until = NULL", markedAgain));
                        }));
    }

    /** Gives claims back unrescored, e.g. after the rescoring failed, so they need not wait for their lease to end. */
    public Uni<Void> unclaimDirty(Collection<Claim> claims) {
        return Panache.getSession()
                .chain(session -> byAccounts(
                        session,
                        "UPDATE score_dirty SET claimed_until = NULL",
                        claims.stream().map(Claim::account).toList()));
    }

    private static Uni<Void> byAccounts(Mutiny.Session session, String statement, List<String> accounts) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return session.createNativeQuery(statement + " WHERE account_external_id = ANY(CAST(:accounts AS text[]))")
                .setParameter("accounts", accounts.toArray(String[]::new))
                .executeUpdate()
                .replaceWithVoid();
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
