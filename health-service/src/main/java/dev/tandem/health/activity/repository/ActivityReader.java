package dev.tandem.health.activity.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Reads an account's daily aggregates back. */
@ApplicationScoped
@WithSession
public class ActivityReader {

    /** One day's figures. */
    public record Day(LocalDate day, long signals, long logins, long featureUses, long activeUsers) {}

    /** A feature and how often it was used. */
    public record FeatureUse(String feature, long uses) {}

    private static final String DAYS = """
            SELECT d.day, d.signals, d.logins, d.feature_uses,
                   (SELECT count(*) FROM user_day u WHERE u.account_external_id = d.account_external_id
                                                      AND u.day = d.day)
            FROM account_day d
            WHERE d.account_external_id = :account AND d.day >= :from
            ORDER BY d.day
            """;

    public Uni<List<Day>> days(String account, LocalDate from) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(DAYS, Object[].class)
                        .setParameter("account", account)
                        .setParameter("from", from)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new Day(
                                (LocalDate) row[0], number(row[1]), number(row[2]), number(row[3]), number(row[4])))
                        .toList());
    }

    /** Distinct users active today, over the last 7 and over the last 30 days. */
    public record ActiveUsers(long daily, long weekly, long monthly) {}

    private static final String ACTIVE_USERS = """
            SELECT count(DISTINCT user_id) FILTER (WHERE day >= :today),
                   count(DISTINCT user_id) FILTER (WHERE day >= :week),
                   count(DISTINCT user_id)
            FROM user_day
            WHERE account_external_id = :account AND day >= :month
            """;

    /** Daily, weekly and monthly active users in one pass over the last 30 days. */
    public Uni<ActiveUsers> activeUsers(String account, LocalDate today) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(ACTIVE_USERS, Object[].class)
                        .setParameter("account", account)
                        .setParameter("today", today)
                        .setParameter("week", today.minusDays(6))
                        .setParameter("month", today.minusDays(29))
                        .getSingleResult())
                .map(row -> new ActiveUsers(number(row[0]), number(row[1]), number(row[2])));
    }

    public Uni<Instant> lastSeen(String account) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT max(last_seen_at) FROM account_day WHERE account_external_id = :account",
                                OffsetDateTime.class)
                        .setParameter("account", account)
                        .getSingleResultOrNull())
                .map(last -> last == null ? null : last.toInstant());
    }

    public Uni<List<FeatureUse>> topFeatures(String account, LocalDate from, int limit) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT feature, sum(uses) FROM feature_day WHERE account_external_id = :account"
                                        + " AND day >= :from GROUP BY feature ORDER BY sum(uses) DESC, feature"
                                        + " LIMIT :limit",
                                Object[].class)
                        .setParameter("account", account)
                        .setParameter("from", from)
                        .setParameter("limit", limit)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new FeatureUse((String) row[0], number(row[1])))
                        .toList());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
