package dev.tandem.health.score.repository;

import dev.tandem.health.domain.subject.AccountDay;
import dev.tandem.health.scoring.domain.Scored;
import dev.tandem.platform.sql.ColumnArrays;
import dev.tandem.platform.sql.NativeSql;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accounts' health over time: every change of score, and a score a day. All calls run inside the caller's transaction.
 */
@ApplicationScoped
public class ScoreHistoryWriter {

    /**
     * Puts moved scores in the history of changes and as the score of their day: two statements for the whole list,
     * however long. Each account may appear once.
     */
    public Uni<Void> record(List<String> accounts, Map<String, Scored> scores, Instant at) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        ColumnArrays rows = new ColumnArrays()
                .column("text", accounts.toArray(String[]::new))
                .column(
                        "int",
                        accounts.stream()
                                .map(a -> scores.get(a).stored().score())
                                .toArray(Integer[]::new))
                .column(
                        "text",
                        accounts.stream()
                                .map(a -> scores.get(a).stored().band())
                                .toArray(String[]::new));
        return execute(
                        "INSERT INTO score_history (account_external_id, score, band, computed_at)"
                                + " SELECT scored.*, CAST(:at AS timestamptz) FROM " + rows.unnest() + " AS scored",
                        rows,
                        Map.of("at", at))
                .chain(() -> execute(
                        "INSERT INTO score_daily (account_external_id, score, band, day)"
                                + " SELECT scored.*, CAST(:day AS date) FROM " + rows.unnest() + " AS scored"
                                + " ON CONFLICT (account_external_id, day)"
                                + " DO UPDATE SET score = excluded.score, band = excluded.band",
                        rows,
                        Map.of("day", LocalDate.ofInstant(at, ZoneOffset.UTC))));
    }

    /**
     * Writes the scores of past days, each replacing what that day held: {@code scores.get(i)} is the score of
     * {@code days.get(i)}. Each account's day may appear once.
     */
    public Uni<Void> days(List<AccountDay> days, List<Scored> scores) {
        if (days.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        ColumnArrays rows = new ColumnArrays()
                .column("text", days.stream().map(AccountDay::account).toArray(String[]::new))
                .column("date", days.stream().map(AccountDay::day).toArray(LocalDate[]::new))
                .column("int", scores.stream().map(s -> s.stored().score()).toArray(Integer[]::new))
                .column("text", scores.stream().map(s -> s.stored().band()).toArray(String[]::new));
        return execute(
                "INSERT INTO score_daily (account_external_id, day, score, band) SELECT * FROM " + rows.unnest()
                        + " ON CONFLICT (account_external_id, day) DO UPDATE SET score = excluded.score,"
                        + " band = excluded.band",
                rows,
                Map.of());
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

    private static Uni<Void> execute(String sql, ColumnArrays rows, Map<String, Object> parameters) {
        Map<String, Object> all = new LinkedHashMap<>(parameters);
        rows.bind(all::put);
        return NativeSql.execute(sql, all);
    }
}
