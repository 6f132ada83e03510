package dev.tandem.health.score.repository;

import dev.tandem.health.score.domain.BandChange;
import dev.tandem.health.score.domain.ScoreHistory.Change;
import dev.tandem.health.score.domain.ScoreHistory.Day;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An account's stored scores over time. All calls run inside the caller's session. */
@ApplicationScoped
public class ScoreHistoryReader {

    /** The most changes a history answer lists; the daily series covers the rest. */
    public static final int MAX_CHANGES = 500;

    /** The account's score of each day from {@code from} on, oldest first. */
    public Uni<List<Day>> days(String account, LocalDate from) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT day, score, band FROM score_daily WHERE account_external_id = :a"
                                        + " AND day >= :from ORDER BY day",
                                Object[].class)
                        .setParameter("a", account)
                        .setParameter("from", from)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(r -> new Day(day(r[0]), score(r[1]), (String) r[2]))
                        .toList());
    }

    /** The account's score on {@code day}: that day's row, or the last one before it; null when there is none. */
    public Uni<Integer> scoreOn(String account, LocalDate day) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT score FROM score_daily WHERE account_external_id = :a AND day <= :day"
                                        + " ORDER BY day DESC LIMIT 1",
                                Object.class)
                        .setParameter("a", account)
                        .setParameter("day", day)
                        .getResultList())
                .map(rows -> rows.isEmpty() ? null : score(rows.get(0)));
    }

    /** Each account's score on {@code day} (that day's row, or the last before it) in one query; none when it has none. */
    public Uni<Map<String, Integer>> scoresOn(Collection<String> accounts, LocalDate day) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT DISTINCT ON (account_external_id) account_external_id, score FROM score_daily"
                                        + " WHERE account_external_id IN (:a) AND day <= :day"
                                        + " ORDER BY account_external_id, day DESC",
                                Object[].class)
                        .setParameter("a", List.copyOf(accounts))
                        .setParameter("day", day)
                        .getResultList())
                .map(rows -> {
                    Map<String, Integer> scores = new HashMap<>();
                    rows.forEach(r -> scores.put((String) r[0], score(r[1])));
                    return scores;
                });
    }

    /** Every stored change of the account's score since {@code from}, oldest first, at most {@link #MAX_CHANGES}. */
    public Uni<List<Change>> changes(String account, LocalDate from) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT computed_at, score, band FROM score_history WHERE account_external_id = :a"
                                        + " AND computed_at >= :from ORDER BY computed_at DESC LIMIT :limit",
                                Object[].class)
                        .setParameter("a", account)
                        .setParameter("from", from.atStartOfDay().toInstant(ZoneOffset.UTC))
                        .setParameter("limit", MAX_CHANGES)
                        .getResultList())
                .map(rows -> {
                    // Read newest first, so that the limit keeps the latest changes; shown oldest first.
                    List<Change> changes = new ArrayList<>();
                    rows.forEach(r -> changes.add(new Change(instant(r[0]), score(r[1]), (String) r[2])));
                    Collections.reverse(changes);
                    return changes;
                });
    }

    /**
     * The account's changes of band at or before {@code before}, newest first, at most {@code limit}: each stored change
     * whose band differs from the change before it (the first score moves from none).
     */
    public Uni<List<BandChange>> bandChanges(String account, Instant before, int limit) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                                SELECT computed_at, score, band, previous_band FROM (
                                    SELECT computed_at, score, band,
                                           lag(band) OVER (ORDER BY computed_at) AS previous_band
                                      FROM score_history WHERE account_external_id = :a) changes
                                 WHERE band IS DISTINCT FROM previous_band AND computed_at <= :before
                                 ORDER BY computed_at DESC LIMIT :limit
                                """, Object[].class)
                        .setParameter("a", account)
                        .setParameter("before", before)
                        .setParameter("limit", limit)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(r -> new BandChange(instant(r[0]), score(r[1]), (String) r[2], (String) r[3]))
                        .toList());
    }

    private static Integer score(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
    }
}
