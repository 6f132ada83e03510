package dev.tandem.account.retention.repository;

import dev.tandem.account.contract.domain.ContractTerm;
import dev.tandem.account.retention.domain.Renewals;
import dev.tandem.account.retention.domain.UpcomingRenewal;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The running terms that come up for renewal, and how terms renewed in the past by the account's band. */
@ApplicationScoped
@WithSession
public class ForecastRepository implements PanacheRepositoryBase<ContractTerm, UUID> {

    /** Running terms renewing in the window: NOT amended matches the partial index on scheduled_end. */
    private static final String UPCOMING = """
              FROM contract_term t
              LEFT JOIN account_health h ON h.account_id = t.account_id
             WHERE t.scheduled_end BETWEEN :from AND :to AND NOT t.amended AND t.outcome IS NULL
            """;

    /** A band's renewals coming up: how many and their ARR. */
    public record BandTotal(long contracts, BigDecimal arr) {}

    /** By band (RED, YELLOW, GREEN, NA). */
    public Uni<Map<String, BandTotal>> upcomingByBand(LocalDate from, LocalDate to) {
        return getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT coalesce(h.band, 'NA'), count(*), sum(t.arr)" + UPCOMING + " GROUP BY 1",
                                Object[].class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList())
                .map(rows -> {
                    Map<String, BandTotal> byBand = new HashMap<>();
                    rows.forEach(row ->
                            byBand.put((String) row[0], new BandTotal(Columns.count(row[1]), Columns.arr(row[2]))));
                    return byBand;
                });
    }

    /** The first {@code limit} by renewal date. */
    public Uni<List<UpcomingRenewal>> upcoming(LocalDate from, LocalDate to, int limit) {
        String sql = "SELECT a.external_id, a.name, c.external_id, t.plan, t.arr, t.scheduled_end, a.csm_id, h.band,"
                + " h.score" + UPCOMING.replace("FROM contract_term t", """
                        FROM contract_term t
                          JOIN account a ON a.id = t.account_id
                          JOIN contract c ON c.id = t.contract_id""")
                + " ORDER BY t.scheduled_end, a.external_id, c.external_id LIMIT :limit";
        return getSession()
                .chain(session -> session.createNativeQuery(sql, Object[].class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .setParameter("limit", limit)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new UpcomingRenewal(
                                (String) row[0],
                                (String) row[1],
                                (String) row[2],
                                (String) row[3],
                                Columns.arr(row[4]),
                                Columns.day(row[5]),
                                (String) row[6],
                                (String) row[7],
                                row[8] == null ? null : ((Number) row[8]).intValue()))
                        .toList());
    }

    /** Every decided term by the account's band when its outcome was recorded (NA: no score then). */
    public Uni<Map<String, Renewals>> historyByBand() {
        return getSession()
                .chain(session -> session.createNativeQuery("""
                                SELECT coalesce(band_at_outcome, 'NA'), count(*),
                                       count(*) FILTER (WHERE outcome <> 'CHURNED'),
                                       count(*) FILTER (WHERE outcome = 'CHURNED')
                                  FROM contract_term
                                 WHERE outcome IS NOT NULL AND NOT amended
                                 GROUP BY 1
                                """, Object[].class).getResultList())
                .map(rows -> {
                    Map<String, Renewals> byBand = new HashMap<>();
                    rows.forEach(row -> byBand.put(
                            (String) row[0],
                            new Renewals(Columns.count(row[1]), Columns.count(row[2]), Columns.count(row[3]), 0)));
                    return byBand;
                });
    }
}
