package dev.tandem.health.scoring.repository;

import dev.tandem.health.change.SubjectKind;
import dev.tandem.health.domain.subject.AccountUser;
import dev.tandem.health.scoring.domain.Scored;
import dev.tandem.health.scoring.domain.StoredScore;
import dev.tandem.platform.sql.ColumnArrays;
import dev.tandem.platform.sql.NativeSql;
import dev.tandem.platform.sql.NativeStatement;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A table of current scores ({@code health_score}, {@code pql_score}, {@code user_pql_score}): one row per subject with
 * its score, band, whether it qualifies, the scorecard that gave it and the explanation. One statement a call, whatever
 * the number of subjects. All calls run inside the caller's transaction.
 */
public final class ScoreTable<S> {

    private final String table;
    private final SubjectKind<S> kind;
    private final List<String> keyColumns;

    private ScoreTable(String table, SubjectKind<S> kind, List<String> keyColumns) {
        this.table = table;
        this.kind = kind;
        this.keyColumns = keyColumns;
    }

    /** A table of accounts' scores, keyed by the vendor's account id. */
    public static ScoreTable<String> ofAccounts(String table) {
        return new ScoreTable<>(table, SubjectKind.ACCOUNTS, List.of("account_external_id"));
    }

    /** A table of end users' scores, keyed by the vendor's account and user ids. */
    public static ScoreTable<AccountUser> ofUsers(String table) {
        return new ScoreTable<>(table, SubjectKind.END_USERS, List.of("account_external_id", "user_id"));
    }

    /** The stored scores of those of {@code subjects} that have one. */
    public Uni<Map<S, StoredScore>> currentOf(Collection<S> subjects) {
        if (subjects.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        NativeStatement select = bySubjects("SELECT " + keys() + ", score, band, qualified FROM " + table, subjects);
        return NativeSql.rows(select.sql(), select.parameters()).map(rows -> {
            int first = keyColumns.size();
            Map<S, StoredScore> stored = new HashMap<>();
            rows.forEach(r -> stored.put(
                    kind.fromRow(r),
                    new StoredScore(
                            r[first] == null ? null : ((Number) r[first]).intValue(), (String) r[first + 1], (Boolean)
                                    r[first + 2])));
            return stored;
        });
    }

    /** Stores the new scores of {@code subjects} as current; each subject may appear once. */
    public Uni<Void> save(List<S> subjects, Map<S, Scored> scores, Instant at) {
        if (subjects.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        ColumnArrays rows = new ColumnArrays();
        String[][] keys = kind.columnsOf(subjects);
        for (String[] column : keys) {
            rows.column("text", column);
        }
        List<Scored> scored = subjects.stream().map(scores::get).toList();
        // N/A is a null score and band.
        rows.column("int", scored.stream().map(s -> s.stored().score()).toArray(Integer[]::new))
                .column("text", scored.stream().map(s -> s.stored().band()).toArray(String[]::new))
                .column("boolean", scored.stream().map(Scored::qualified).toArray(Boolean[]::new))
                .column("uuid", scored.stream().map(Scored::scorecardId).toArray(UUID[]::new))
                .column(
                        "text",
                        scored.stream().map(s -> s.score().explanation()).toArray(String[]::new));
        Map<String, Object> parameters = new HashMap<>();
        rows.bind(parameters::put);
        parameters.put("at", at);
        return NativeSql.execute(
                "INSERT INTO " + table + " (" + keys() + ", score, band, qualified, scorecard_id, explanation,"
                        + " computed_at) SELECT scored.*, CAST(:at AS timestamptz) FROM " + rows.unnest()
                        + " AS scored ON CONFLICT (" + keys() + ") DO UPDATE SET score = excluded.score,"
                        + " band = excluded.band, qualified = excluded.qualified,"
                        + " scorecard_id = excluded.scorecard_id, explanation = excluded.explanation,"
                        + " computed_at = excluded.computed_at",
                parameters);
    }

    /** Forgets the scores of subjects no scorecard judges any more. */
    public Uni<Void> forget(Collection<S> subjects) {
        if (subjects.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return bySubjects("DELETE FROM " + table, subjects).execute();
    }

    /** {@code statement} restricted to the rows of {@code subjects}. */
    private NativeStatement bySubjects(String statement, Collection<S> subjects) {
        ColumnArrays named = new ColumnArrays();
        for (String[] column : kind.columnsOf(List.copyOf(new LinkedHashSet<>(subjects)))) {
            named.column("text", column);
        }
        return NativeStatement.of(
                statement + " WHERE (" + keys() + ") IN (SELECT * FROM " + named.unnest() + ")", named);
    }

    private String keys() {
        return String.join(", ", keyColumns);
    }
}
