package dev.tandem.health.pql.repository;

import dev.tandem.health.pql.domain.EndUser;
import dev.tandem.health.score.repository.MetricReader;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The value of a scorecard metric over a window for many end users in one query (the daily figures of one window
 * together), from their own daily counts ({@code user_signal_day}) as {@link MetricReader} reads accounts'. Metrics
 * that mean nothing for one person ({@code distinct_features}, which is not counted per user, and
 * {@code seat_utilisation}) have no value, so a PQL measure on them is left out of a user's score. A user without data
 * for a metric is absent from the answer.
 */
@ApplicationScoped
public class UserMetricReader {

    private static final String NPS_AVERAGE = """
            SELECT account_external_id, user_id, avg(score) FROM nps_response
             WHERE account_external_id = ANY(CAST(:accounts AS text[])) AND user_id = ANY(CAST(:users AS text[])) AND answered_at >= :fromTime
             GROUP BY account_external_id, user_id
            """;

    /**
     * Several {@link MetricReader#DAILY_FIGURES} over one window in a single pass over {@code user_signal_day}, rather
     * than a query each: {@code metric -> user -> value}, the same values {@link #values} gives one by one.
     */
    public Uni<Map<String, Map<EndUser, BigDecimal>>> dailyValues(
            List<String> metrics, Collection<EndUser> users, LocalDate from) {
        if (users.isEmpty() || metrics.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        // Only names from the set reach the statement: no other text is ever put into it.
        String figures = String.join(
                ", ", metrics.stream().map(MetricReader::dailyFigure).toList());
        String sql = "SELECT account_external_id, user_id, " + figures + " FROM user_signal_day"
                + " WHERE account_external_id = ANY(CAST(:accounts AS text[])) AND user_id = ANY(CAST(:users AS text[]))"
                + " AND day >= :from GROUP BY account_external_id, user_id";
        return rows(sql, users, from).map(rows -> MetricReader.valuesByColumn(metrics, rows, 2));
    }

    /** Each user's value of {@code metric} from {@code from} until today; call inside a session. */
    public Uni<Map<EndUser, BigDecimal>> values(String metric, Collection<EndUser> users, LocalDate from) {
        if (users.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        if (MetricReader.DAILY_FIGURES.contains(metric)) {
            return dailyValues(List.of(metric), users, from).map(values -> values.get(metric));
        }
        return switch (metric) {
            case "nps_average" ->
                rows(NPS_AVERAGE, users, from)
                        .map(rows -> MetricReader.valuesByColumn(List.of(metric), rows, 2)
                                .get(metric));
            case "distinct_features", "seat_utilisation" -> Uni.createFrom().item(Map.of());
            default -> Uni.createFrom().failure(new IllegalStateException("Unknown scorecard metric " + metric));
        };
    }

    /** The rows of the users asked, each starting with the user's account and id. */
    private static Uni<Map<EndUser, Object[]>> rows(String sql, Collection<EndUser> users, LocalDate from) {
        Set<String> accounts = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        users.forEach(u -> {
            accounts.add(u.account());
            ids.add(u.user());
        });
        // Two IN lists select a superset of the pairs asked (a user id may recur in another account asked); the rows
        // of pairs not asked are dropped below.
        Set<EndUser> asked = Set.copyOf(users);
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object[].class)
                    .setParameter("accounts", accounts.toArray(String[]::new))
                    .setParameter("users", ids.toArray(String[]::new));
            if (sql.contains(":fromTime")) {
                query.setParameter("fromTime", from.atStartOfDay().toInstant(ZoneOffset.UTC));
            } else {
                query.setParameter("from", from);
            }
            return query.getResultList().map(rows -> {
                Map<EndUser, Object[]> byUser = new HashMap<>();
                for (Object[] row : rows) {
                    EndUser user = new EndUser((String) row[0], (String) row[1]);
                    if (asked.contains(user)) {
                        byUser.put(user, row);
                    }
                }
                return byUser;
            });
        });
    }
}
