package dev.tandem.health.score.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The value of a scorecard metric for one account (by the vendor's id) over a window, or null when there is no data
 * for it: no data is not zero, and the calculator leaves such a measure out.
 */
@ApplicationScoped
public class MetricReader {

    private static final String SUM_OVER_DAYS =
            "SELECT sum(%s) FROM account_day WHERE account_external_id = :account AND day >= :from";

    public Uni<BigDecimal> value(String metric, String account, LocalDate from) {
        return switch (metric) {
            case "setup_steps", "emails_opened", "events_attended", "tickets_opened", "roi_reports" ->
                number(SUM_OVER_DAYS.formatted(metric), account, from);
            case "active_days" ->
                number(
                        "SELECT CASE WHEN count(*) = 0 THEN NULL ELSE count(last_seen_at) END FROM account_day"
                                + " WHERE account_external_id = :account AND day >= :from",
                        account,
                        from);
            case "distinct_features" ->
                number(
                        "SELECT CASE WHEN (SELECT count(*) FROM account_day WHERE account_external_id = :account"
                                + " AND day >= :from) = 0 THEN NULL ELSE (SELECT count(DISTINCT feature) FROM feature_day"
                                + " WHERE account_external_id = :account AND day >= :from) END",
                        account,
                        from);
            case "nps_average" ->
                number(
                        "SELECT avg(score) FROM nps_response WHERE account_external_id = :account"
                                + " AND answered_at >= :fromTime",
                        account,
                        from);
            case "seat_utilisation" -> seatUtilisation(account, from);
            default -> Uni.createFrom().failure(new IllegalStateException("Unknown scorecard metric " + metric));
        };
    }

    /** Users active in the window per contracted seat; null without a running contract. */
    private Uni<BigDecimal> seatUtilisation(String account, LocalDate from) {
        String seats = """
                SELECT sum(c.seats) FROM contract_ref c JOIN account_ref a ON a.account_id = c.account_id
                WHERE a.external_id = :account AND c.active
                """;
        String users = "SELECT count(DISTINCT user_id) FROM user_day WHERE account_external_id = :account"
                + " AND day >= :from";
        return number(seats, account, null).chain(contracted -> {
            if (contracted == null || contracted.signum() == 0) {
                return Uni.createFrom().nullItem();
            }
            return number(users, account, from).map(active -> active.divide(contracted, MathContext.DECIMAL64));
        });
    }

    private static Uni<BigDecimal> number(String sql, String account, LocalDate from) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object.class).setParameter("account", account);
            if (sql.contains(":fromTime")) {
                query.setParameter("fromTime", from.atStartOfDay().toInstant(ZoneOffset.UTC));
            } else if (from != null) {
                query.setParameter("from", from);
            }
            return query.getResultList().map(MetricReader::firstNumber);
        });
    }

    private static BigDecimal firstNumber(List<Object> rows) {
        if (rows.isEmpty() || rows.get(0) == null) {
            return null;
        }
        Object value = rows.get(0) instanceof Object[] row ? row[0] : rows.get(0);
        return value == null ? null : new BigDecimal(value.toString());
    }
}
