package dev.tandem.health.activity.repository;

import dev.tandem.platform.sql.NativeSql;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads an account's end users' daily counts back ({@code user_signal_day}): who uses the product, how much, when. */
@ApplicationScoped
public class UserActivityReader {

    /**
     * An end user's figures over a window.
     *
     * @param activeDays days with product use (logins, features, seats, setup, invites), not only engagement
     * @param lastSeenAt the latest product use in the window; null if none
     */
    public record UserFigures(
            String userId, long activeDays, long signals, long logins, long featureUses, Instant lastSeenAt) {}

    /** One of an end user's days; {@code lastSeenAt} null on a day of engagement signals only. */
    public record UserDay(LocalDate day, long signals, long logins, long featureUses, Instant lastSeenAt) {}

    private static final String USERS = """
            SELECT user_id, count(last_seen_at) AS active_days, sum(signals), sum(logins), sum(feature_uses),
                   max(last_seen_at)
              FROM user_signal_day
             WHERE account_external_id = :account AND day >= :from
             GROUP BY user_id
            """;

    private static final String DAYS = """
            SELECT day, signals, logins, feature_uses, last_seen_at FROM user_signal_day
             WHERE account_external_id = :account AND user_id = :user AND day >= :from
             ORDER BY day
            """;

    /**
     * Up to {@code limit} of the account's users with signals since {@code from}, most active days first (then by user
     * id), after the given position if any.
     */
    public Uni<List<UserFigures>> users(
            String account, LocalDate from, Long afterActiveDays, String afterUser, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("account", account);
        parameters.put("from", from);
        parameters.put("limit", limit);
        String position = "";
        if (afterActiveDays != null) {
            position = " HAVING count(last_seen_at) < :activeDays"
                    + " OR (count(last_seen_at) = :activeDays AND user_id > :user)";
            parameters.put("activeDays", afterActiveDays);
            parameters.put("user", afterUser);
        }
        String sql = USERS + position + " ORDER BY active_days DESC, user_id LIMIT :limit";
        return NativeSql.rows(sql, parameters)
                .map(rows -> rows.stream()
                        .map(row -> new UserFigures(
                                (String) row[0],
                                number(row[1]),
                                number(row[2]),
                                number(row[3]),
                                number(row[4]),
                                instant(row[5])))
                        .toList());
    }

    public Uni<List<UserDay>> days(String account, String user, LocalDate from) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(DAYS, Object[].class)
                        .setParameter("account", account)
                        .setParameter("user", user)
                        .setParameter("from", from)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new UserDay(
                                (LocalDate) row[0], number(row[1]), number(row[2]), number(row[3]), instant(row[4])))
                        .toList());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return (Instant) value;
    }
}
