package dev.tandem.health.score.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The value of a scorecard metric over a window, for many accounts (by the vendor's id) in one query. An account
 * without data for the metric is absent from the answer: no data is not zero, and the calculator leaves such a measure
 * out.
 */
@ApplicationScoped
public class MetricReader {

    /** Daily counters of {@code account_day} (and of {@code user_signal_day} per end user), summed over the window. */
    public static final Set<String> DAILY_COUNTS = Set.of(
            "logins",
            "feature_uses",
            "seats_activated",
            "setup_steps",
            "invites_sent",
            "invites_accepted",
            "emails_opened",
            "emails_clicked",
            "tickets_opened",
            "tickets_closed",
            "events_attended",
            "community_posts",
            "content_views",
            "website_visits",
            "roi_reports",
            "emails_sent");

    /** The metrics that are figures of {@code account_day} over the window: {@link #dailyValues} reads many at once. */
    public static final Set<String> DAILY_FIGURES = union(DAILY_COUNTS, Set.of("active_days", "email_open_rate"));

    /** The metrics a scorecard measure may name. */
    public static final Set<String> METRICS = union(
            DAILY_COUNTS,
            Set.of("active_days", "distinct_features", "nps_average", "seat_utilisation", "email_open_rate"));

    /**
     * Emails opened per email sent in the window. An account that was sent nothing has no value, not a rate of zero: the
     * division by NULLIF makes it NULL, and a NULL is left out of the answer. Opens are counted per signal, so repeated
     * opens (or opens in the window of emails sent before it) can take the rate above 1.
     */
    private static final String EMAIL_OPEN_RATE = """
            SELECT account_external_id, CAST(sum(emails_opened) AS numeric) / NULLIF(sum(emails_sent), 0)
              FROM account_day
             WHERE account_external_id = ANY(CAST(:accounts AS text[])) AND day >= :from
             GROUP BY account_external_id
            """;

    private static final String SUM_OVER_DAYS = """
            SELECT account_external_id, sum(%s) FROM account_day
             WHERE account_external_id = ANY(CAST(:accounts AS text[])) AND day >= :from
             GROUP BY account_external_id
            """;

    private static final String ACTIVE_DAYS = """
            SELECT account_external_id, count(last_seen_at) FROM account_day
             WHERE account_external_id = ANY(CAST(:accounts AS text[])) AND day >= :from
             GROUP BY account_external_id
            """;

    /** Counted only for accounts with activity in the window, so that no activity stays no data. */
    private static final String DISTINCT_FEATURES = """
            SELECT active.account_external_id,
                   (SELECT count(DISTINCT f.feature) FROM feature_day f
                     WHERE f.account_external_id = active.account_external_id AND f.day >= :from)
              FROM (SELECT DISTINCT account_external_id FROM account_day
                     WHERE account_external_id = ANY(CAST(:accounts AS text[])) AND day >= :from) active
            """;

    private static final String NPS_AVERAGE = """
            SELECT account_external_id, avg(score) FROM nps_response
             WHERE account_external_id = ANY(CAST(:accounts AS text[])) AND answered_at >= :fromTime
             GROUP BY account_external_id
            """;

    private static final String CONTRACTED_SEATS = """
            SELECT a.external_id, sum(c.seats) FROM contract_ref c JOIN account_ref a ON a.account_id = c.account_id
             WHERE a.external_id = ANY(CAST(:accounts AS text[])) AND c.active AND NOT a.erased
             GROUP BY a.external_id
            """;

    private static final String ACTIVE_USERS = """
            SELECT account_external_id, count(DISTINCT user_id) FROM user_signal_day
             WHERE account_external_id = ANY(CAST(:accounts AS text[])) AND day >= :from AND last_seen_at IS NOT NULL
             GROUP BY account_external_id
            """;

    /**
     * Several {@link #DAILY_FIGURES} over one window in a single pass over {@code account_day}, rather than a query
     * each: {@code metric -> account -> value}, with the same values {@link #values} gives one by one.
     */
    public Uni<Map<String, Map<String, BigDecimal>>> dailyValues(
            List<String> metrics, Collection<String> accounts, LocalDate from) {
        if (accounts.isEmpty() || metrics.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        // Only names from the set reach the statement: no other text is ever put into it.
        String figures = String.join(
                ", ", metrics.stream().map(MetricReader::dailyFigure).toList());
        String sql = "SELECT account_external_id, " + figures + " FROM account_day"
                + " WHERE account_external_id = ANY(CAST(:accounts AS text[])) AND day >= :from"
                + " GROUP BY account_external_id";
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(sql, Object[].class)
                        .setParameter("accounts", accounts.toArray(String[]::new))
                        .setParameter("from", from)
                        .getResultList())
                .map(rows -> {
                    Map<String, Object[]> byAccount = new HashMap<>();
                    rows.forEach(row -> byAccount.put((String) row[0], row));
                    return valuesByColumn(metrics, byAccount, 1);
                });
    }

    /**
     * The values of named columns, {@code name -> subject -> value}, from rows keyed by subject whose named columns
     * start at {@code first}; a null is no value, so the subject is left out of that column's values.
     */
    public static <S> Map<String, Map<S, BigDecimal>> valuesByColumn(
            List<String> names, Map<S, Object[]> rows, int first) {
        Map<String, Map<S, BigDecimal>> values = new HashMap<>();
        names.forEach(name -> values.put(name, new HashMap<>()));
        rows.forEach((subject, row) -> {
            for (int i = 0; i < names.size(); i++) {
                if (row[first + i] != null) {
                    values.get(names.get(i)).put(subject, new BigDecimal(row[first + i].toString()));
                }
            }
        });
        return values;
    }

    /**
     * The aggregate that gives one of {@link #DAILY_FIGURES} over rows of daily counts: {@code account_day} and
     * {@code user_signal_day} share their columns.
     */
    public static String dailyFigure(String metric) {
        if (DAILY_COUNTS.contains(metric)) {
            return "sum(" + metric + ")";
        }
        return switch (metric) {
            case "active_days" -> "count(last_seen_at)";
            // No sends, no rate: NULL rather than a rate of zero.
            case "email_open_rate" -> "CAST(sum(emails_opened) AS numeric) / NULLIF(sum(emails_sent), 0)";
            default -> throw new IllegalArgumentException("Not a daily figure: " + metric);
        };
    }

    /** Each account's value of {@code metric} from {@code from} until today; call inside a session. */
    public Uni<Map<String, BigDecimal>> values(String metric, Collection<String> accounts, LocalDate from) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        if (DAILY_COUNTS.contains(metric)) {
            // Only names from the set reach the statement: no other text is ever put into it.
            return query(SUM_OVER_DAYS.formatted(metric), accounts, from);
        }
        return switch (metric) {
            case "active_days" -> query(ACTIVE_DAYS, accounts, from);
            case "email_open_rate" -> query(EMAIL_OPEN_RATE, accounts, from);
            case "distinct_features" -> query(DISTINCT_FEATURES, accounts, from);
            case "nps_average" -> query(NPS_AVERAGE, accounts, from);
            case "seat_utilisation" -> seatUtilisation(accounts, from);
            default -> Uni.createFrom().failure(new IllegalStateException("Unknown scorecard metric " + metric));
        };
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new java.util.HashSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }

    /** Users active in the window per contracted seat; no value without a running contract. */
    private Uni<Map<String, BigDecimal>> seatUtilisation(Collection<String> accounts, LocalDate from) {
        return query(CONTRACTED_SEATS, accounts, null)
                .chain(contracted -> query(ACTIVE_USERS, contracted.keySet(), from)
                        .map(active -> {
                            Map<String, BigDecimal> utilisation = new HashMap<>();
                            contracted.forEach((account, seats) -> {
                                if (seats.signum() > 0) {
                                    BigDecimal users = active.getOrDefault(account, BigDecimal.ZERO);
                                    utilisation.put(account, users.divide(seats, MathContext.DECIMAL64));
                                }
                            });
                            return utilisation;
                        }));
    }

    private static Uni<Map<String, BigDecimal>> query(String sql, Collection<String> accounts, LocalDate from) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object[].class)
                    .setParameter("accounts", accounts.toArray(String[]::new));
            if (sql.contains(":fromTime")) {
                query.setParameter("fromTime", from.atStartOfDay().toInstant(ZoneOffset.UTC));
            } else if (sql.contains(":from")) {
                query.setParameter("from", from);
            }
            return query.getResultList().map(MetricReader::byAccount);
        });
    }

    private static Map<String, BigDecimal> byAccount(List<Object[]> rows) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (Object[] row : rows) {
            if (row[1] != null) {
                values.put((String) row[0], new BigDecimal(row[1].toString()));
            }
        }
        return values;
    }
}
