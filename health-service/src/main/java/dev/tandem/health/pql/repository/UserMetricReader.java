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
import java.util.Map;
import java.util.Set;

/**
 * The value of a scorecard metric over a window for many end users in one query, from their own daily counts
 * ({@code user_signal_day}) as {@link MetricReader} reads accounts'. Metrics that mean nothing for one person
 * ({@code distinct_features}, which is not counted per user, and {@code seat_utilisation}) have no value, so a PQL
 * measure on them is left out of a user's score. A user without data for a metric is absent from the answer.
 */
@ApplicationScoped
public class UserMetricReader {

    private static final String SUM_OVER_DAYS = """
            SELECT account_external_id, user_id, sum(%s) FROM user_signal_day
             WHERE account_external_id = ANY(CAST(:accounts AS text[])) AND user_id = ANY(CAST(:users AS text[])) AND day >= :from
             GROUP BY account_external_id, user_id
            """;

    private static final String ACTIVE_DAYS = """
            SELECT account_external_id, user_id, count(last_seen_at) FROM user_signal_day
             WHERE account_external_id = ANY(CAST(:accounts AS text[])) AND user_id = ANY(CAST(:users AS text[])) AND day >= :from
             GROUP BY account_external_id, user_id
            """;

    /** As for accounts: no email sent, no rate. */
    private static final String EMAIL_OPEN_RATE = """
            SELECT account_external_id, user_id, CAST(sum(emails_opened) AS numeric) / NULLIF(sum(emails_sent), 0)
              FROM user_signal_day
             WHERE account_external_id = ANY(CAST(:accounts AS text[])) AND user_id = ANY(CAST(:users AS text[])) AND day >= :from
             GROUP BY account_external_id, user_id
            """;

    private static final String NPS_AVERAGE = """
            SELECT account_external_id, user_id, avg(score) FROM nps_response
             WHERE account_external_id = ANY(CAST(:accounts AS text[])) AND user_id = ANY(CAST(:users AS text[])) AND answered_at >= :fromTime
             GROUP BY account_external_id, user_id
            """;

    /** Each user's value of {@code metric} from {@code from} until today; call inside a session. */
    public Uni<Map<EndUser, BigDecimal>> values(String metric, Collection<EndUser> users, LocalDate from) {
        if (users.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        if (MetricReader.DAILY_COUNTS.contains(metric)) {
            // Only names from the set reach the statement: no other text is ever put into it.
            return query(SUM_OVER_DAYS.formatted(metric), users, from);
        }
        return switch (metric) {
            case "active_days" -> query(ACTIVE_DAYS, users, from);
            case "email_open_rate" -> query(EMAIL_OPEN_RATE, users, from);
            case "nps_average" -> query(NPS_AVERAGE, users, from);
            case "distinct_features", "seat_utilisation" -> Uni.createFrom().item(Map.of());
            default -> Uni.createFrom().failure(new IllegalStateException("Unknown scorecard metric " + metric));
        };
    }

    private static Uni<Map<EndUser, BigDecimal>> query(String sql, Collection<EndUser> users, LocalDate from) {
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
                Map<EndUser, BigDecimal> values = new HashMap<>();
                for (Object[] row : rows) {
                    EndUser user = new EndUser((String) row[0], (String) row[1]);
                    if (row[2] != null && asked.contains(user)) {
                        values.put(user, new BigDecimal(row[2].toString()));
                    }
                }
                return values;
            });
        });
    }
}
