package dev.tandem.health.activity.repository;

import dev.tandem.health.domain.growth.EmailOpenRate;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
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
                   (SELECT count(*) FROM user_signal_day u WHERE u.account_external_id = d.account_external_id
                                                             AND u.day = d.day AND u.last_seen_at IS NOT NULL)
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
            FROM user_signal_day
            WHERE account_external_id = :account AND day >= :month AND last_seen_at IS NOT NULL
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

    /**
     * Engagement around the product: tickets still open (opened minus closed, over all time), seats used (users active
     * in the last 30 days) against seats contracted, emails sent, opened and clicked in the window.
     *
     * @param emailsSent custom signals named {@code email_sent}
     * @param emailOpenRate opened per sent in the window, four places; null when nothing was sent
     */
    public record Engagement(
            long openTickets,
            long seatsActive,
            long seatsContracted,
            long emailsOpened,
            long emailsClicked,
            long emailsSent,
            BigDecimal emailOpenRate) {}

    private static final String ENGAGEMENT = """
            SELECT (SELECT greatest(coalesce(sum(tickets_opened) - sum(tickets_closed), 0), 0)
                      FROM account_day WHERE account_external_id = :account),
                   (SELECT count(DISTINCT user_id) FROM user_signal_day
                     WHERE account_external_id = :account AND day >= :monthAgo AND last_seen_at IS NOT NULL),
                   (SELECT coalesce(sum(c.seats), 0) FROM contract_ref c JOIN account_ref a ON a.account_id = c.account_id
                     WHERE a.external_id = :account AND c.active AND NOT a.erased),
                   (SELECT coalesce(sum(emails_opened), 0) FROM account_day
                     WHERE account_external_id = :account AND day >= :from),
                   (SELECT coalesce(sum(emails_clicked), 0) FROM account_day
                     WHERE account_external_id = :account AND day >= :from),
                   (SELECT coalesce(sum(emails_sent), 0) FROM account_day
                     WHERE account_external_id = :account AND day >= :from)
            """;

    public Uni<Engagement> engagement(String account, LocalDate from, LocalDate today) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(ENGAGEMENT, Object[].class)
                        .setParameter("account", account)
                        .setParameter("from", from)
                        .setParameter("monthAgo", today.minusDays(29))
                        .getSingleResult())
                .map(row -> new Engagement(
                        number(row[0]),
                        number(row[1]),
                        number(row[2]),
                        number(row[3]),
                        number(row[4]),
                        number(row[5]),
                        EmailOpenRate.of(number(row[3]), number(row[5]))));
    }

    /**
     * The account's NPS answers: the latest, and the average of the last 90 days against the 90 before, whose
     * difference is the trend.
     */
    public record NpsFigures(Integer latest, BigDecimal recentAverage, BigDecimal earlierAverage) {}

    private static final String NPS = """
            SELECT (SELECT score FROM nps_response WHERE account_external_id = :account
                     ORDER BY answered_at DESC LIMIT 1),
                   (SELECT avg(score) FROM nps_response WHERE account_external_id = :account
                     AND answered_at >= :recent),
                   (SELECT avg(score) FROM nps_response WHERE account_external_id = :account
                     AND answered_at >= :earlier AND answered_at < :recent)
            """;

    public Uni<NpsFigures> nps(String account, Instant now) {
        Instant recent = now.minus(Duration.ofDays(90));
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(NPS, Object[].class)
                        .setParameter("account", account)
                        .setParameter("recent", recent)
                        .setParameter("earlier", recent.minus(Duration.ofDays(90)))
                        .getSingleResult())
                .map(row ->
                        new NpsFigures(row[0] == null ? null : (int) number(row[0]), decimal(row[1]), decimal(row[2])));
    }

    /** The latest reported value of an ROI metric. */
    public record RoiValue(String metric, BigDecimal value, Instant reportedAt) {}

    public Uni<List<RoiValue>> latestRoi(String account) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT DISTINCT ON (metric) metric, value, reported_at FROM roi_report"
                                        + " WHERE account_external_id = :account ORDER BY metric, reported_at DESC",
                                Object[].class)
                        .setParameter("account", account)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new RoiValue(
                                (String) row[0],
                                decimal(row[1]),
                                row[2] instanceof OffsetDateTime time ? time.toInstant() : (Instant) row[2]))
                        .toList());
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
