package dev.tandem.health.growth.repository;

import dev.tandem.platform.sql.NativeSql;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The raw counts growth metrics are made of, over all accounts or one (by the vendor's account id). Only counts leave
 * the database; the formulas stay in the domain code.
 */
@ApplicationScoped
@WithSession
public class GrowthReader {

    /** Invites sent and accepted in a window. */
    public record Invites(long sent, long accepted) {}

    public Uni<Long> activeUsers(LocalDate from, String account) {
        return single(
                "SELECT count(*) FROM (SELECT DISTINCT account_external_id, user_id FROM user_signal_day"
                        + " WHERE day >= :from AND last_seen_at IS NOT NULL"
                        + accountFilter("user_signal_day", account) + ") users",
                from,
                account);
    }

    public Uni<Invites> invites(LocalDate from, String account) {
        return rows(
                        "SELECT coalesce(sum(invites_sent), 0), coalesce(sum(invites_accepted), 0) FROM account_day"
                                + " WHERE day >= :from" + accountFilter("account_day", account),
                        Map.of("from", from),
                        account)
                .map(list -> new Invites(number(list.get(0)[0]), number(list.get(0)[1])));
    }

    /** How many answers each NPS score got since {@code from}. */
    public Uni<Map<Integer, Long>> npsTally(Instant from, String account) {
        return rows(
                        "SELECT score, count(*) FROM nps_response WHERE answered_at >= :from"
                                + accountFilter("nps_response", account) + " GROUP BY score",
                        Map.of("from", from),
                        account)
                .map(list -> {
                    Map<Integer, Long> tally = new LinkedHashMap<>();
                    list.forEach(row -> tally.put((int) number(row[0]), number(row[1])));
                    return tally;
                });
    }

    /**
     * For the users active in the window: how many of them were active on 0, 1, ... 14 of the last 14 days (key:
     * active days, value: users).
     */
    public Uni<Map<Integer, Long>> usersByActiveDays(LocalDate from, LocalDate last14From, String account) {
        String sql = """
                SELECT n, count(*) FROM (
                    SELECT count(*) FILTER (WHERE day >= :recent) AS n
                    FROM user_signal_day
                    WHERE day >= LEAST(CAST(:from AS date), CAST(:recent AS date)) AND last_seen_at IS NOT NULL%s
                    GROUP BY account_external_id, user_id
                    HAVING count(*) FILTER (WHERE day >= :from) > 0) per_user
                GROUP BY n
                """.formatted(accountFilter("user_signal_day", account));
        return rows(sql, Map.of("from", from, "recent", last14From), account).map(list -> {
            Map<Integer, Long> users = new LinkedHashMap<>();
            list.forEach(row -> users.put((int) number(row[0]), number(row[1])));
            return users;
        });
    }

    /** Accounts that signed up in a window, how many of them activated, and how many have converted to paid since. */
    public record Signups(long signups, long activated, long converted) {}

    /**
     * The accounts that signed up (every account starts free or on trial) between {@code from} and {@code to}; an
     * account activated when it was active on at least {@code activeDays} of its first {@code withinDays} days.
     */
    public Uni<Signups> signups(LocalDate from, LocalDate to, int activeDays, int withinDays) {
        return rows("""
                        SELECT count(*),
                               count(*) FILTER (WHERE activity.days >= :activeDays),
                               count(*) FILTER (WHERE a.converted_on IS NOT NULL)
                          FROM account_ref a
                          LEFT JOIN LATERAL (
                               SELECT count(*) AS days FROM account_day d
                                WHERE d.account_external_id = a.external_id AND d.last_seen_at IS NOT NULL
                                  AND d.day >= a.created_on AND d.day < a.created_on + CAST(:withinDays AS int)) activity ON TRUE
                         WHERE a.created_on BETWEEN :from AND :to AND NOT a.erased
                        """, Map.of("from", from, "to", to, "activeDays", activeDays, "withinDays", withinDays), null)
                .map(list -> new Signups(number(list.get(0)[0]), number(list.get(0)[1]), number(list.get(0)[2])));
    }

    /** How many answers each NPS score got since {@code from}, per cohort (the month of the first paid contract). */
    public Uni<Map<String, Map<Integer, Long>>> npsTallyByCohort(Instant from) {
        return rows("""
                        SELECT a.cohort, n.score, count(*) FROM nps_response n
                          JOIN account_ref a ON a.external_id = n.account_external_id AND NOT a.erased
                         WHERE n.answered_at >= :from AND a.cohort IS NOT NULL
                         GROUP BY a.cohort, n.score
                        """, Map.of("from", from), null).map(list -> {
            Map<String, Map<Integer, Long>> byCohort = new TreeMap<>();
            list.forEach(row -> byCohort.computeIfAbsent((String) row[0], c -> new LinkedHashMap<>())
                    .put((int) number(row[1]), number(row[2])));
            return byCohort;
        });
    }

    private static String accountFilter(String table, String account) {
        return account == null ? "" : " AND " + table + ".account_external_id = :account";
    }

    private Uni<Long> single(String sql, LocalDate from, String account) {
        return rows(sql, Map.of("from", from), account).map(list -> number(list.get(0)));
    }

    private static Uni<List<Object[]>> rows(String sql, Map<String, Object> parameters, String account) {
        Map<String, Object> all = new HashMap<>(parameters);
        if (account != null) {
            all.put("account", account);
        }
        return NativeSql.rows(sql, all);
    }

    private static long number(Object value) {
        Object single = value instanceof Object[] row ? row[0] : value;
        return ((Number) single).longValue();
    }
}
